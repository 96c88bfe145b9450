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

@description('Memory of each api instance in MB (it maps its index replica): 2048 up to ~100k resources, 4096 for 1M (docs/deploy.md sizing).')
@allowed([
  2048
  4096
])
param apiInstanceMemoryMB int = 2048

@description('Memory of the indexer instance in MB (index writer, tagging, snapshot upload).')
@allowed([
  2048
  4096
])
param indexerInstanceMemoryMB int = 2048

@description('Most api instances (each holds its own index replica).')
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int = 40

@description('Warm api instances (0 = scale to zero and accept cold starts).')
@minValue(0)
@maxValue(20)
param alwaysReadyHttpInstances int = 0

@description('Keep the single indexer instance warm, so its local index survives between decisions instead of being restored from the latest snapshot on each cold start.')
param indexerAlwaysReady bool = false

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
  apiPlan: 'plan-${baseName}-api-${environmentName}-${suffix}'
  apiApp: 'func-${baseName}-api-${environmentName}-${suffix}'
  indexerPlan: 'plan-${baseName}-idx-${environmentName}-${suffix}'
  indexerApp: 'func-${baseName}-idx-${environmentName}-${suffix}'
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
var deploymentContainers = {
  api: 'app-package-api'
  indexer: 'app-package-indexer'
}

// Functions that only the indexer runs (functions/GoSafer.Functions: IndexingFunctions,
// MaintenanceFunctions); the api app disables them. The first one is the queue trigger.
var indexerFunctions = [
  'IndexRequest'
  'NightlyMaintenance'
]

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
    deploymentContainers: [
      deploymentContainers.api
      deploymentContainers.indexer
    ]
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
    workspaceId: monitoring.outputs.workspaceId
    tags: allTags
  }
}

module apiApp 'modules/functionapp.bicep' = {
  name: 'functionapp-api'
  params: {
    role: 'api'
    planName: names.apiPlan
    appName: names.apiApp
    instanceMemoryMB: apiInstanceMemoryMB
    maximumInstanceCount: maximumInstanceCount
    alwaysReadyInstances: alwaysReadyHttpInstances
    deploymentContainer: deploymentContainers.api
    location: location
    httpPerInstanceConcurrency: httpPerInstanceConcurrency
    storageAccountName: names.storage
    hubStorage: hubStorage
    indexerFunctions: indexerFunctions
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

module indexerApp 'modules/functionapp.bicep' = {
  name: 'functionapp-indexer'
  params: {
    role: 'indexer'
    planName: names.indexerPlan
    appName: names.indexerApp
    instanceMemoryMB: indexerInstanceMemoryMB
    maximumInstanceCount: 1
    alwaysReadyInstances: indexerAlwaysReady ? 1 : 0
    deploymentContainer: deploymentContainers.indexer
    location: location
    httpPerInstanceConcurrency: httpPerInstanceConcurrency
    storageAccountName: names.storage
    hubStorage: hubStorage
    indexerFunctions: indexerFunctions
    keyVaultName: names.keyVault
    appInsightsName: names.appInsights
    boardMembers: boardMembers
    entraClientId: entraClientId
    nominationQuorum: nominationQuorum
    additionalAppSettings: additionalAppSettings
    tags: allTags
  }
  dependsOn: [
    storage
    keyVault
    monitoring
  ]
}

module apiRoles 'modules/app-roles.bicep' = {
  name: 'roles-api'
  params: {
    functionAppName: names.apiApp
    readsSecrets: true
    storageAccountName: names.storage
    keyVaultName: names.keyVault
    appInsightsName: names.appInsights
  }
  dependsOn: [
    apiApp
  ]
}

module indexerRoles 'modules/app-roles.bicep' = {
  name: 'roles-indexer'
  params: {
    functionAppName: names.indexerApp
    readsSecrets: false
    storageAccountName: names.storage
    keyVaultName: names.keyVault
    appInsightsName: names.appInsights
  }
  dependsOn: [
    indexerApp
  ]
}

module operatorRoles 'modules/operator-roles.bicep' = if (!empty(operatorGroupObjectId)) {
  name: 'roles-operators'
  params: {
    operatorGroupObjectId: operatorGroupObjectId
    storageAccountName: names.storage
    keyVaultName: names.keyVault
  }
  dependsOn: [
    storage
    keyVault
  ]
}

module staticSite 'modules/staticsite.bicep' = {
  name: 'staticsite'
  params: {
    location: staticSiteLocation
    name: names.staticSite
    backendResourceId: apiApp.outputs.id
    backendRegion: location
    tags: allTags
  }
}

@description('Base URL of the api Function App (public and board routes under /api).')
output functionAppUrl string = 'https://${apiApp.outputs.defaultHostName}'

@description('Name of the api Function App (az functionapp deploy).')
output functionAppName string = apiApp.outputs.name

@description('Name of the indexer Function App (az functionapp deploy; serves no HTTP).')
output indexerFunctionAppName string = indexerApp.outputs.name

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
