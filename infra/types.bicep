// Types shared by main.bicep and its modules.

@export()
@description('A governance board member who signs in with an API key. The key\'s SHA-256 (hex) is the Key Vault secret board-key-<name>.')
type boardMember = {
  @description('Sign-in name, shown in the audit log; lower-case letters, digits and hyphens (it is part of a secret name).')
  @minLength(1)
  @maxLength(60)
  name: string

  @description('Hub role.')
  role: 'reviewer' | 'admin'
}
