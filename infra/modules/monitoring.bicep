// Log Analytics workspace and a workspace-based Application Insights component. Local
// (instrumentation-key) ingestion is disabled: telemetry is accepted only from identities holding
// Monitoring Metrics Publisher, so the connection string alone is worthless to an attacker.

@description('Azure region of the resources.')
param location string

@description('Name of the Log Analytics workspace.')
param workspaceName string

@description('Name of the Application Insights component.')
param appInsightsName string

@description('Days Log Analytics keeps logs (30 is included in the price; personal data never reaches logs).')
@minValue(30)
@maxValue(730)
param retentionInDays int

@description('Daily ingestion cap in GB; -1 for none. Caps a runaway logger bill.')
param dailyQuotaGb int

@description('Tags for every resource.')
param tags object

resource workspace 'Microsoft.OperationalInsights/workspaces@2025-02-01' = {
  name: workspaceName
  location: location
  tags: tags
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: retentionInDays
    workspaceCapping: {
      dailyQuotaGb: dailyQuotaGb
    }
    features: {
      enableLogAccessUsingOnlyResourcePermissions: true
    }
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: appInsightsName
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
    DisableLocalAuth: true
    IngestionMode: 'LogAnalytics'
    RetentionInDays: retentionInDays
  }
}

@description('Resource ID of the Log Analytics workspace.')
output workspaceId string = workspace.id

@description('Resource ID of Application Insights.')
output appInsightsId string = appInsights.id

@description('Name of Application Insights (its connection string is read by name, never passed as an output).')
output appInsightsName string = appInsights.name
