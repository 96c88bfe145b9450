// Production: zone-redundant storage, purge-protected Key Vault, one warm instance, Entra ID
// sign-in for the board. Fill the IDs from the environment before deploying (docs/deploy.md).
using 'main.bicep'

param environmentName = 'prod'
param baseName = 'gosafer'
param staticSiteLocation = 'westeurope'
param apiInstanceMemoryMB = 4096
param indexerInstanceMemoryMB = 4096
param maximumInstanceCount = 40
param alwaysReadyHttpInstances = 1
param indexerAlwaysReady = true
param httpPerInstanceConcurrency = 16
param storageSku = 'Standard_ZRS'
param logRetentionDays = 90
param logDailyQuotaGb = 5
param boardMembers = []
param entraClientId = readEnvironmentVariable('GOSAFER_ENTRA_CLIENT_ID', '')
param operatorGroupObjectId = readEnvironmentVariable('GOSAFER_OPERATOR_GROUP_ID', '')
param nominationQuorum = 2
param tags = {
  costCenter: 'go-safer'
}
