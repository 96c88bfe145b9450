// One Function App (.NET 10 isolated worker) on its own Flex Consumption plan (Flex hosts one
// app per plan), with a system-assigned identity and identity-based connections only: no keys or
// connection strings in app settings. main.bicep deploys the same package twice:
//   api     - GoSafer:Indexing:Role=Replica: the HTTP functions; scales out, each instance serves
//             its own copy of the latest index snapshot; queue and timer triggers disabled.
//   indexer - GoSafer:Indexing:Role=Writer: the queue-triggered indexer and the nightly check; at
//             most one instance, so there is one Lucene writer; it publishes the snapshots. Its
//             HTTP endpoints are closed (inbound default action Deny).

import { boardMember } from '../types.bicep'

@description('api (HTTP, index replicas) or indexer (single index writer).')
@allowed([
  'api'
  'indexer'
])
param role string

@description('Azure region of the resources.')
param location string

@description('Name of the Flex Consumption plan.')
param planName string

@description('Name of the Function App (its host name is <name>.azurewebsites.net).')
param appName string

@description('Memory of each instance in MB: the index is memory-mapped, see docs/deploy.md sizing.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int

@description('Most instances the app scales out to (the indexer is pinned to 1).')
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int

@description('Instances kept warm (0 = scale to zero; the next event pays the cold start and, for a replica, the snapshot download).')
@minValue(0)
@maxValue(20)
param alwaysReadyInstances int

@description('Concurrent HTTP requests one instance takes before the platform adds another.')
@minValue(1)
@maxValue(1000)
param httpPerInstanceConcurrency int

@description('Name of the storage account (records, queue, host storage, deployment package).')
param storageAccountName string

@description('Blob container of this app\'s deployment package.')
param deploymentContainer string

@description('Hub container and queue names, read by the app as GoSafer:Storage:* and GoSafer:Indexing:QueueName.')
param hubStorage {
  recordsContainer: string
  attachmentsContainer: string
  auditContainer: string
  snapshotsContainer: string
  indexQueue: string
}

@description('Functions that run only in the indexer app (names as in functions/GoSafer.Functions).')
param indexerFunctions string[]

@description('Name of the Key Vault holding the board API key hashes.')
param keyVaultName string

@description('Name of the Application Insights component.')
param appInsightsName string

@description('Board members who sign in with an API key (api app only); each key hash lives in Key Vault as secret board-key-<name>.')
param boardMembers boardMember[]

@description('Entra ID app registration (client ID) for App Service authentication on the api app; empty turns it off.')
param entraClientId string

@description('Distinct approving reviewers a nomination needs (GoSafer:Review:NominationQuorum).')
@minValue(1)
@maxValue(9)
param nominationQuorum int

@description('More app settings (name: value) that override the defaults here.')
param additionalAppSettings object

@description('Tags for every resource.')
param tags object

var isApi = role == 'api'
var entraEnabled = isApi && !empty(entraClientId)

resource storage 'Microsoft.Storage/storageAccounts@2025-01-01' existing = {
  name: storageAccountName
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: appInsightsName
}

resource plan 'Microsoft.Web/serverfarms@2024-11-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    tier: 'FlexConsumption'
    name: 'FC1'
  }
  properties: {
    reserved: true
  }
}

resource app 'Microsoft.Web/sites@2024-11-01' = {
  name: appName
  location: location
  tags: union(tags, {
    'gosafer-role': role
    // How azd (infra/azure.yaml) finds the app of each service.
    'azd-service-name': role
  })
  kind: 'functionapp,linux'
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientCertEnabled: false
    publicNetworkAccess: 'Enabled'
    siteConfig: {
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
      // The indexer serves no HTTP: its triggers poll storage (outbound). Publishing goes to the
      // scm site, which keeps its own (Entra ID authenticated) access.
      ipSecurityRestrictionsDefaultAction: isApi ? 'Allow' : 'Deny'
      scmIpSecurityRestrictionsUseMain: false
      scmIpSecurityRestrictionsDefaultAction: 'Allow'
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${storage.properties.primaryEndpoints.blob}${deploymentContainer}'
          authentication: {
            type: 'SystemAssignedIdentity'
          }
        }
      }
      runtime: {
        name: 'dotnet-isolated'
        version: '10.0'
      }
      scaleAndConcurrency: {
        instanceMemoryMB: instanceMemoryMB
        // One writer: Lucene allows a single IndexWriter, and every snapshot must come from it.
        maximumInstanceCount: isApi ? maximumInstanceCount : 1
        alwaysReady: alwaysReadyInstances > 0
          ? [
              {
                // HTTP functions scale as one group; the indexer's queue function on its own.
                name: isApi ? 'http' : 'function:${indexerFunctions[0]}'
                instanceCount: isApi ? alwaysReadyInstances : 1
              }
            ]
          : []
        triggers: {
          http: {
            perInstanceConcurrency: httpPerInstanceConcurrency
          }
        }
      }
    }
  }
}

// Publishing goes through Entra ID (az functionapp deploy as the signed-in user), never basic auth.
resource scmBasicAuth 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-11-01' = {
  parent: app
  name: 'scm'
  properties: {
    allow: false
  }
}

resource ftpBasicAuth 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-11-01' = {
  parent: app
  name: 'ftp'
  properties: {
    allow: false
  }
}

var boardKeySettings = isApi
  ? reduce(
      map(range(0, length(boardMembers)), i => {
        'GoSafer__Auth__Keys__${i}__Name': boardMembers[i].name
        'GoSafer__Auth__Keys__${i}__Role': boardMembers[i].role
        'GoSafer__Auth__Keys__${i}__Sha256': '@Microsoft.KeyVault(VaultName=${keyVaultName};SecretName=board-key-${boardMembers[i].name})'
      }),
      {},
      (all, next) => union(all, next)
    )
  : {}

// The api app must not drain the queue or run the nightly repair: only the writer may.
var disabledFunctions = isApi ? toObject(indexerFunctions, name => 'AzureWebJobs.${name}.Disabled', name => 'true') : {}

var roleSettings = isApi
  ? {
      GoSafer__Indexing__Role: 'Replica'
      GoSafer__Auth__TrustAppServicePrincipal: entraEnabled ? 'true' : 'false'
      GoSafer__Review__NominationQuorum: string(nominationQuorum)
    }
  : {
      GoSafer__Indexing__Role: 'Writer'
      GoSafer__Indexing__Snapshots__Publish: 'true'
      GoSafer__Auth__TrustAppServicePrincipal: 'false'
    }

var baseSettings = {
  // Host storage (queue trigger, timer leases) through the managed identity.
  AzureWebJobsStorage__accountName: storage.name
  APPLICATIONINSIGHTS_CONNECTION_STRING: appInsights.properties.ConnectionString
  // Local auth is off on the component: telemetry is sent with the managed identity.
  APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'Authorization=AAD'
  GoSafer__Storage__Provider: 'AzureBlob'
  // Identity-based: the hub's Blob and Queue clients use the managed identity (no connection string).
  GoSafer__Storage__BlobServiceUri: storage.properties.primaryEndpoints.blob
  GoSafer__Storage__QueueServiceUri: storage.properties.primaryEndpoints.queue
  GoSafer__Storage__Container: hubStorage.recordsContainer
  GoSafer__Storage__AttachmentsContainer: hubStorage.attachmentsContainer
  GoSafer__Storage__AuditContainer: hubStorage.auditContainer
  GoSafer__Storage__SnapshotsContainer: hubStorage.snapshotsContainer
  GoSafer__Indexing__Queue: 'AzureQueue'
  GoSafer__Indexing__QueueName: hubStorage.indexQueue
  // The queue trigger drains the queue here, not an in-host worker.
  GoSafer__Indexing__QueueWorker: 'false'
  // Instance-local scratch space: the writer's index, a replica's pulled snapshots.
  GoSafer__DataPath: '/tmp/gosafer'
  GoSafer__Seed__Demo: 'false'
}

resource appSettings 'Microsoft.Web/sites/config@2024-11-01' = {
  parent: app
  name: 'appsettings'
  properties: union(baseSettings, roleSettings, disabledFunctions, boardKeySettings, additionalAppSettings)
}

resource authentication 'Microsoft.Web/sites/config@2024-11-01' = if (entraEnabled) {
  parent: app
  name: 'authsettingsV2'
  properties: {
    platform: {
      enabled: true
    }
    globalValidation: {
      // Public routes stay anonymous; the hub's access policies decide per route.
      requireAuthentication: false
      unauthenticatedClientAction: 'AllowAnonymous'
    }
    identityProviders: {
      azureActiveDirectory: {
        enabled: true
        registration: {
          clientId: entraClientId
          openIdIssuer: '${environment().authentication.loginEndpoint}${tenant().tenantId}/v2.0'
        }
        validation: {
          // v1 access tokens carry the application ID URI, v2 tokens the client ID.
          allowedAudiences: [
            'api://${entraClientId}'
            entraClientId
          ]
        }
      }
    }
    login: {
      tokenStore: {
        enabled: false
      }
    }
    httpSettings: {
      requireHttps: true
    }
  }
}

@description('Resource ID of the Function App.')
output id string = app.id

@description('Name of the Function App.')
output name string = app.name

@description('Host name of the Function App (<name>.azurewebsites.net).')
output defaultHostName string = app.properties.defaultHostName
