// Development: small, disposable, scales to zero. Deploy: docs/deploy.md.
using 'main.bicep'

param environmentName = 'dev'
param baseName = 'gosafer'
param staticSiteLocation = 'westeurope'
param apiInstanceMemoryMB = 2048
param indexerInstanceMemoryMB = 2048
param maximumInstanceCount = 10
param alwaysReadyHttpInstances = 0
param indexerAlwaysReady = false
param httpPerInstanceConcurrency = 16
param storageSku = 'Standard_LRS'
param logRetentionDays = 30
param logDailyQuotaGb = 1
param boardMembers = [
  {
    name: 'dev-reviewer'
    role: 'reviewer'
  }
  {
    name: 'dev-admin'
    role: 'admin'
  }
]
param entraClientId = ''
param operatorGroupObjectId = ''
param nominationQuorum = 1
param tags = {
  costCenter: 'go-safer-dev'
}
