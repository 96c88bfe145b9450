// Role assignments of one Function App's system-assigned identity, each scoped to the one
// resource it is needed on. Built-in role definition IDs are the same in every tenant.

@description('Name of the Function App whose system-assigned identity gets the roles.')
param functionAppName string

@description('Whether the app reads Key Vault secrets (the api app resolves the board key hashes).')
param readsSecrets bool

@description('Name of the storage account.')
param storageAccountName string

@description('Name of the Key Vault.')
param keyVaultName string

@description('Name of the Application Insights component.')
param appInsightsName string

var roleIds = {
  // The Functions host needs Owner on Blob for AzureWebJobsStorage (it manages leases and
  // containers of its own); Owner includes the data access the hub needs on its containers.
  storageBlobDataOwner: 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
  storageQueueDataContributor: '974c5e8b-45b9-4653-ba55-5f855dd0fb88'
  keyVaultSecretsUser: '4633458b-17de-408a-b874-0445c86b69e6'
  monitoringMetricsPublisher: '3913510d-42f4-4e42-8a64-420c390055eb'
}

resource app 'Microsoft.Web/sites@2024-11-01' existing = {
  name: functionAppName
}

resource storage 'Microsoft.Storage/storageAccounts@2025-01-01' existing = {
  name: storageAccountName
}

resource vault 'Microsoft.KeyVault/vaults@2024-11-01' existing = {
  name: keyVaultName
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: appInsightsName
}

resource appBlob 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: storage
  name: guid(storage.id, app.id, roleIds.storageBlobDataOwner)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roleIds.storageBlobDataOwner)
    principalId: app.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

resource appQueue 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: storage
  name: guid(storage.id, app.id, roleIds.storageQueueDataContributor)
  properties: {
    roleDefinitionId: subscriptionResourceId(
      'Microsoft.Authorization/roleDefinitions',
      roleIds.storageQueueDataContributor
    )
    principalId: app.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

resource appSecrets 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (readsSecrets) {
  scope: vault
  name: guid(vault.id, app.id, roleIds.keyVaultSecretsUser)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roleIds.keyVaultSecretsUser)
    principalId: app.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

resource appTelemetry 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: appInsights
  name: guid(appInsights.id, app.id, roleIds.monitoringMetricsPublisher)
  properties: {
    roleDefinitionId: subscriptionResourceId(
      'Microsoft.Authorization/roleDefinitions',
      roleIds.monitoringMetricsPublisher
    )
    principalId: app.identity.principalId
    principalType: 'ServicePrincipal'
  }
}
