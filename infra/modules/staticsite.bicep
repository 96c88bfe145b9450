// The web front end (web/GoSafer.Web/wwwroot: HTML, CSS, ES modules; no build step) on Azure
// Static Web Apps, with the Function App linked as its backend: the site proxies /api/* to the
// app, so pages and API share one origin (no CORS, the pages' CSP keeps connect-src 'self').

@description('Azure region of the Static Web App resource (content is served from a global edge network).')
@allowed([
  'westus2'
  'centralus'
  'eastus2'
  'westeurope'
  'eastasia'
])
param location string

@description('Name of the Static Web App.')
param name string

@description('Resource ID of the Function App to link as the /api backend.')
param backendResourceId string

@description('Azure region of the Function App.')
param backendRegion string

@description('Tags for every resource.')
param tags object

// A linked backend needs the Standard plan.
resource site 'Microsoft.Web/staticSites@2024-11-01' = {
  name: name
  location: location
  tags: tags
  sku: {
    name: 'Standard'
    tier: 'Standard'
  }
  properties: {
    // Content is uploaded by the deployment token (docs/deploy.md), not built from a repository.
    provider: 'None'
    allowConfigFileUpdates: true
    stagingEnvironmentPolicy: 'Disabled'
    publicNetworkAccess: 'Enabled'
  }
}

resource backend 'Microsoft.Web/staticSites/linkedBackends@2024-11-01' = {
  parent: site
  name: 'api'
  properties: {
    backendResourceId: backendResourceId
    region: backendRegion
  }
}

@description('Resource ID of the Static Web App.')
output id string = site.id

@description('Name of the Static Web App.')
output name string = site.name

@description('Host name the Static Web App serves the front end on.')
output defaultHostName string = site.properties.defaultHostname
