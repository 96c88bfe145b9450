// GO-SAFER hub on Azure: storage (records, attachments, audit, index snapshots, index queue),
// the Function App on Flex Consumption, the front end on Static Web Apps, Application Insights
// with Log Analytics, and Key Vault. Deploy: docs/deploy.md.

import { boardMember } from 'types.bicep'

targetScope = 'resourceGroup'

@description('Environment: dev is cheap and disposable; prod keeps data through zone outages, deletions and purges.')
@allowed([
  'dev'
  'prod'
])
param environmentName string

@description('Short name all resource names start with: 3-10 lower-case letters and digits.')
@minLength(3)
@maxLength(10)
param baseName string = 'gosafer'

@description('Azure region of every resource except the Static Web App (a region with Flex Consumption).')
param location string = resourceGroup().location

@description('Region of the Static Web App resource (its content is served from a global edge network).')
@allowed([
  'westus2'
  'centralus'
  'eastus2'
  'westeurope'
  'eastasia'
])
param staticSiteLocation string = 'westeurope'

@description('Memory of each Function App instance in MB: 2048 up to ~100k resources, 4096 for 1M (see docs/deploy.md sizing).')
@allowed([
  2048
  4096
])
param instanceMemoryMB int = 2048

@description('Most Function App instances (each holds its own index replica).')
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int = 40

@description('Warm HTTP instances (0 = scale to zero and accept cold starts).')
@minValue(0)
@maxValue(20)
param alwaysReadyHttpInstances int = 0

@description('Concurrent HTTP requests per instance before scale-out.')
@minValue(1)
@maxValue(1000)
param httpPerInstanceConcurrency int = 16

@description('Storage redundancy.')
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
  'Standard_GZRS'
])
param storageSku string = 'Standard_LRS'

@description('Days Log Analytics keeps logs.')
@minValue(30)
@maxValue(730)
param logRetentionDays int = 30

@description('Daily Log Analytics ingestion cap in GB (-1 for none).')
@minValue(-1)
@maxValue(100)
param logDailyQuotaGb int = 1

@description('Board members who sign in with an API key; put each key\'s SHA-256 in Key Vault as secret board-key-<name>.')
param boardMembers boardMember[] = []

@description('Client ID of the Entra ID app registration for board sign-in through App Service authentication; empty leaves it off.')
param entraClientId string = ''

@description('Object ID of the Entra ID group of operators (Key Vault Secrets Officer, Blob and Queue Data Contributor); empty for none.')
param operatorGroupObjectId string = ''

@description('Distinct approving reviewers a nomination needs.')
@minValue(1)
@maxValue(9)
param nominationQuorum int = 2

@description('Further app settings (name: value) that override the defaults, e.g. GoSafer__Storage__Resilience__MaxRetryAttempts.')
param additionalAppSettings object = {}

@description('Tags for every resource.')
param tags object = {}

var isProd = environmentName == 'prod'
var suffix = take(uniqueString(resourceGroup().id, baseName, environmentName), 6)
var allTags = union(tags, {
  application: 'go-safer-hub'
  environment: environmentName
})

var names = {
  storage: take('st${baseName}${environmentName}${suffix}', 24)
  keyVault: take('kv-${baseName}-${environmentName}-${suffix}', 24)
  workspace: 'log-${baseName}-${environmentName}-${suffix}'
  appInsights: 'appi-${baseName}-${environmentName}-${suffix}'
  plan: 'plan-${baseName}-${environmentName}-${suffix}'
  functionApp: 'func-${baseName}-${environmentName}-${suffix}'
  staticSite: 'stapp-${baseName}-${environmentName}-${suffix}'
}

// Names the app reads as GoSafer:Storage:* (docs/pipeline.md); the poison queue is the one the
// Functions host moves a message to after its last attempt (<queue>-poison).
var hubStorage = {
  recordsContainer: 'gosafer-records'
  attachmentsContainer: 'gosafer-attachments'
  auditContainer: 'gosafer-audit'
  snapshotsContainer: 'gosafer-index'
  indexQueue: 'gosafer-index-requests'
}
var deploymentContainer = 'app-package'

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    location: location
    workspaceName: names.workspace
    appInsightsName: names.appInsights
    retentionInDays: logRetentionDays
    dailyQuotaGb: logDailyQuotaGb
    tags: allTags
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    location: location
    name: names.storage
    skuName: storageSku
    softDeleteDays: isProd ? 30 : 7
    dataContainers: [
      hubStorage.recordsContainer
      hubStorage.attachmentsContainer
      hubStorage.auditContainer
      hubStorage.snapshotsContainer
    ]
    deploymentContainer: deploymentContainer
    queues: [
      hubStorage.indexQueue
      '${hubStorage.indexQueue}-poison'
    ]
    tags: allTags
  }
}

module keyVault 'modules/keyvault.bicep' = {
  name: 'keyvault'
  params: {
    location: location
    name: names.keyVault
    softDeleteRetentionInDays: isProd ? 90 : 7
    enablePurgeProtection: isProd
    tags: allTags
  }
}

module functionApp 'modules/functionapp.bicep' = {
  name: 'functionapp'
  params: {
    location: location
    planName: names.plan
    appName: names.functionApp
    instanceMemoryMB: instanceMemoryMB
    maximumInstanceCount: maximumInstanceCount
    alwaysReadyHttpInstances: alwaysReadyHttpInstances
    httpPerInstanceConcurrency: httpPerInstanceConcurrency
    storageAccountName: names.storage
    deploymentContainer: deploymentContainer
    hubStorage: hubStorage
    keyVaultName: names.keyVault
    appInsightsName: names.appInsights
    boardMembers: boardMembers
    entraClientId: entraClientId
    nominationQuorum: nominationQuorum
    additionalAppSettings: additionalAppSettings
    tags: allTags
  }
  // Names are passed as known values (precise what-if); these make the order explicit.
  dependsOn: [
    storage
    keyVault
    monitoring
  ]
}

module roles 'modules/roles.bicep' = {
  name: 'roles'
  params: {
    functionAppName: names.functionApp
    operatorPrincipalId: operatorGroupObjectId
    storageAccountName: names.storage
    keyVaultName: names.keyVault
    appInsightsName: names.appInsights
  }
  dependsOn: [
    functionApp
  ]
}

module staticSite 'modules/staticsite.bicep' = {
  name: 'staticsite'
  params: {
    location: staticSiteLocation
    name: names.staticSite
    backendResourceId: functionApp.outputs.id
    backendRegion: location
    tags: allTags
  }
}

@description('Base URL of the Function App (API and board routes under /api).')
output functionAppUrl string = 'https://${functionApp.outputs.defaultHostName}'

@description('Name of the Function App (for az functionapp deploy).')
output functionAppName string = functionApp.outputs.name

@description('Object ID of the Function App managed identity.')
output functionAppPrincipalId string = functionApp.outputs.principalId

@description('Public URL of the front end; /api/* is proxied to the Function App.')
output staticSiteUrl string = 'https://${staticSite.outputs.defaultHostName}'

@description('Name of the Static Web App (for its deployment token).')
output staticSiteName string = staticSite.outputs.name

@description('Blob endpoint of the storage account.')
output storageBlobEndpoint string = storage.outputs.blobEndpoint

@description('Name of the storage account.')
output storageAccountName string = storage.outputs.name

@description('Name of the Key Vault holding board key hashes.')
output keyVaultName string = keyVault.outputs.name

@description('URI of the Key Vault.')
output keyVaultUri string = keyVault.outputs.uri

@description('Resource ID of Application Insights (its connection string stays in app settings, not in outputs).')
output appInsightsId string = monitoring.outputs.appInsightsId

@description('Resource ID of the Log Analytics workspace.')
output logAnalyticsWorkspaceId string = monitoring.outputs.workspaceId

@description('Names of the hub containers and queue.')
output hubStorage object = hubStorage
