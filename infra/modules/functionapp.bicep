// The hub's API, indexer and nightly check: one Function App (.NET isolated worker) on the Flex
// Consumption plan, with a system-assigned identity and identity-based connections only (no keys
// or connection strings in app settings).

import { boardMember } from '../types.bicep'

@description('Azure region of the resources.')
param location string

@description('Name of the Flex Consumption plan.')
param planName string

@description('Name of the Function App (its host name is <name>.azurewebsites.net).')
param appName string

@description('Memory of each instance in MB. The search replica maps the index into memory: 2048 up to ~100k resources, 4096 beyond (see docs/deploy.md).')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int

@description('Most instances the app scales out to.')
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int

@description('Instances kept warm for the HTTP functions (0 = scale to zero, first request after idle pays the cold start).')
@minValue(0)
@maxValue(20)
param alwaysReadyHttpInstances int

@description('Concurrent HTTP requests one instance takes before the platform adds another.')
@minValue(1)
@maxValue(1000)
param httpPerInstanceConcurrency int

@description('Name of the storage account (records, queue, host storage, deployment package).')
param storageAccountName string

@description('Blob container of the deployment package.')
param deploymentContainer string

@description('Hub configuration: container and queue names, read by the app as GoSafer:Storage:*.')
param hubStorage {
  recordsContainer: string
  attachmentsContainer: string
  auditContainer: string
  snapshotsContainer: string
  indexQueue: string
}

@description('Name of the Key Vault holding the board API key hashes.')
param keyVaultName string

@description('Name of the Application Insights component.')
param appInsightsName string

@description('Board members who sign in with an API key; each key hash lives in Key Vault as secret board-key-<name>.')
param boardMembers boardMember[]

@description('Entra ID app registration (client ID) for App Service authentication; empty turns it off.')
param entraClientId string

@description('Nomination quorum (GoSafer:Review:NominationQuorum).')
@minValue(1)
@maxValue(9)
param nominationQuorum int

@description('More app settings (name: value), e.g. GoSafer__Storage__Resilience__MaxRetryAttempts; they win over the defaults here.')
param additionalAppSettings object

@description('Tags for every resource.')
param tags object

var entraEnabled = !empty(entraClientId)

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
  tags: tags
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
        maximumInstanceCount: maximumInstanceCount
        alwaysReady: alwaysReadyHttpInstances > 0
          ? [
              {
                name: 'http'
                instanceCount: alwaysReadyHttpInstances
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

// Publishing goes through Entra ID (az functionapp deploy with the signed-in user), never basic auth.
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

var boardKeySettings = reduce(
  map(range(0, length(boardMembers)), i => {
    'GoSafer__Auth__Keys__${i}__Name': boardMembers[i].name
    'GoSafer__Auth__Keys__${i}__Role': boardMembers[i].role
    'GoSafer__Auth__Keys__${i}__Sha256': '@Microsoft.KeyVault(VaultName=${keyVaultName};SecretName=board-key-${boardMembers[i].name})'
  }),
  {},
  (all, next) => union(all, next)
)

var baseSettings = {
  // Host storage through the managed identity: the host derives the blob, queue and table URIs.
  AzureWebJobsStorage__accountName: storage.name
  APPLICATIONINSIGHTS_CONNECTION_STRING: appInsights.properties.ConnectionString
  // Local auth is off on the component: telemetry is sent with the managed identity.
  APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'Authorization=AAD'
  GoSafer__Storage__Provider: 'AzureBlob'
  GoSafer__Storage__AccountName: storage.name
  GoSafer__Storage__BlobServiceUri: storage.properties.primaryEndpoints.blob
  GoSafer__Storage__QueueServiceUri: storage.properties.primaryEndpoints.queue
  GoSafer__Storage__Container: hubStorage.recordsContainer
  GoSafer__Storage__AttachmentsContainer: hubStorage.attachmentsContainer
  GoSafer__Storage__AuditContainer: hubStorage.auditContainer
  GoSafer__Storage__SnapshotsContainer: hubStorage.snapshotsContainer
  GoSafer__Storage__IndexQueue: hubStorage.indexQueue
  // Instance-local scratch space for the pulled index replica (rebuilt from snapshots on start).
  GoSafer__DataPath: '/tmp/gosafer'
  GoSafer__Seed__Demo: 'false'
  GoSafer__Review__NominationQuorum: string(nominationQuorum)
  // Only behind App Service authentication, which strips client-sent X-MS-CLIENT-PRINCIPAL headers.
  GoSafer__Auth__TrustAppServicePrincipal: entraEnabled ? 'true' : 'false'
}

resource appSettings 'Microsoft.Web/sites/config@2024-11-01' = {
  parent: app
  name: 'appsettings'
  properties: union(baseSettings, boardKeySettings, additionalAppSettings)
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
          allowedAudiences: [
            'api://${entraClientId}'
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

output id string = app.id
output name string = app.name
output principalId string = app.identity.principalId
output defaultHostName string = app.properties.defaultHostName
