// The hub's storage account: records, attachments, audit log and index snapshots in Blob, index
// requests in a Queue, and the Function App's deployment package. Shared keys are off, so every
// caller (the Function App, the Functions host, operators) authenticates with Entra ID and RBAC.

@description('Azure region of the resources.')
param location string

@description('Storage account name: 3-24 lower-case letters and digits, globally unique.')
@minLength(3)
@maxLength(24)
param name string

@description('Redundancy: LRS for dev; ZRS keeps the records through a zone outage in prod.')
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
  'Standard_GZRS'
])
param skuName string

@description('Days deleted blobs and containers stay restorable (soft delete).')
@minValue(1)
@maxValue(365)
param softDeleteDays int

@description('Blob containers: records, attachments, audit, index snapshots.')
param dataContainers string[]

@description('Blob containers of the Function Apps\' deployment packages (Flex Consumption).')
param deploymentContainers string[]

@description('Storage queues: index requests and their poison queue.')
param queues string[]

@description('Tags for every resource.')
param tags object

resource account 'Microsoft.Storage/storageAccounts@2025-01-01' = {
  name: name
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: skuName
  }
  properties: {
    accessTier: 'Hot'
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    allowBlobPublicAccess: false
    allowCrossTenantReplication: false
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      defaultAction: 'Allow'
      bypass: 'AzureServices'
    }
    encryption: {
      keySource: 'Microsoft.Storage'
      requireInfrastructureEncryption: true
      services: {
        blob: {
          enabled: true
          keyType: 'Account'
        }
        queue: {
          enabled: true
          keyType: 'Account'
        }
      }
    }
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2025-01-01' = {
  parent: account
  name: 'default'
  properties: {
    deleteRetentionPolicy: {
      enabled: true
      days: softDeleteDays
    }
    containerDeleteRetentionPolicy: {
      enabled: true
      days: softDeleteDays
    }
  }
}

resource containers 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-01-01' = [
  for container in concat(dataContainers, deploymentContainers): {
    parent: blobService
    name: container
    properties: {
      publicAccess: 'None'
    }
  }
]

resource queueService 'Microsoft.Storage/storageAccounts/queueServices@2025-01-01' = {
  parent: account
  name: 'default'
}

resource queueList 'Microsoft.Storage/storageAccounts/queueServices/queues@2025-01-01' = [
  for queue in queues: {
    parent: queueService
    name: queue
  }
]

@description('Resource ID of the storage account.')
output id string = account.id

@description('Name of the storage account.')
output name string = account.name

@description('Blob service endpoint.')
output blobEndpoint string = account.properties.primaryEndpoints.blob

@description('Queue service endpoint.')
output queueEndpoint string = account.properties.primaryEndpoints.queue
