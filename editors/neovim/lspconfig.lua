-- CodePal with nvim-lspconfig: register it once, then enable it like any bundled server.
-- (With Neovim 0.11+ and no lspconfig: vim.lsp.config('codepal', { cmd = ..., filetypes = ...,
-- root_markers = ... }) and vim.lsp.enable('codepal').)
local configs = require('lspconfig.configs')
local util = require('lspconfig.util')

if not configs.codepal then
  configs.codepal = {
    default_config = {
      cmd = { 'codepal', 'serve' },
      filetypes = { 'python', 'javascript', 'javascriptreact', 'typescript', 'typescriptreact', 'go', 'java', 'c', 'cpp', 'ruby', 'php', 'rust' },
      root_dir = util.root_pattern('.codepal.toml', '.codepal.yml', '.git'),
      single_file_support = true,
      init_options = {},
    },
    docs = {
      description = 'CodePal: lint (security and quality), complexity metrics and navigation, built on tree-sitter.',
    },
  }
end

require('lspconfig').codepal.setup({})
