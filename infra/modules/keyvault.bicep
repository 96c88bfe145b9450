// Key Vault for the hub's secrets (board API key hashes, anything an operator must not paste into
// app settings). Access is RBAC only (no access policies); the Function App reads through
// Key Vault references with its managed identity.

@description('Azure region of the resources.')
param location string

@description('Key Vault name: 3-24 letters, digits and hyphens, globally unique.')
@minLength(3)
@maxLength(24)
param name string

@description('Days a deleted vault or secret stays recoverable.')
@minValue(7)
@maxValue(90)
param softDeleteRetentionInDays int

@description('Purge protection: no one can purge a deleted vault or secret before retention ends. Irreversible once on; on in prod.')
param enablePurgeProtection bool

@description('Resource ID of the Log Analytics workspace that receives the vault\'s audit log (every secret read).')
param workspaceId string

@description('Tags for every resource.')
param tags object

resource vault 'Microsoft.KeyVault/vaults@2024-11-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: tenant().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: softDeleteRetentionInDays
    // The API accepts only true or absent: purge protection cannot be switched off again.
    enablePurgeProtection: enablePurgeProtection ? true : null
    enabledForDeployment: false
    enabledForDiskEncryption: false
    enabledForTemplateDeployment: false
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      defaultAction: 'Allow'
      bypass: 'AzureServices'
    }
  }
}

// Who read or changed which secret, and when: the audit trail for board key handling.
resource audit 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  scope: vault
  name: 'audit-to-log-analytics'
  properties: {
    workspaceId: workspaceId
    logs: [
      {
        categoryGroup: 'audit'
        enabled: true
      }
    ]
  }
}

@description('Resource ID of the Key Vault.')
output id string = vault.id

@description('Name of the Key Vault.')
output name string = vault.name

@description('URI of the Key Vault.')
output uri string = vault.properties.vaultUri
