-- CodePal for Neovim's built-in LSP client (Neovim 0.7 and later).
--
--   vim.opt.runtimepath:append('/path/to/codepal/editors/neovim')
--   require('codepal').setup()            -- or setup({ cmd = { '/opt/codepal/bin/codepal', 'serve' } })
--
-- One client per workspace root (the nearest folder with .codepal.toml, .codepal.yml or .git,
-- else the file's folder), started on the first Python/JavaScript/TypeScript buffer and
-- attached to the others. Uses vim.lsp.start where it exists (0.8+), vim.lsp.start_client on 0.7.
local M = {}

M.defaults = {
  name = 'codepal',
  cmd = { 'codepal', 'serve' },
  filetypes = { 'python', 'javascript', 'javascriptreact', 'typescript', 'typescriptreact', 'go', 'java', 'c', 'cpp', 'ruby', 'php', 'cs', 'rust' },
  root_markers = { '.codepal.toml', '.codepal.yml', '.git' },
  -- Passed as initializationOptions, e.g. { diagnosticsIntervalMs = 50, analysisDelayMs = 300 }.
  init_options = {},
  on_attach = nil,
}

local function find_root(path, markers)
  local dir = vim.fn.fnamemodify(path, ':p:h')
  for _, marker in ipairs(markers) do
    local file = vim.fn.findfile(marker, dir .. ';')
    local hit = file ~= '' and file or vim.fn.finddir(marker, dir .. ';')
    if hit ~= '' then
      local root = vim.fn.fnamemodify(hit, ':p'):gsub('/$', '')
      return (vim.fn.fnamemodify(root, ':h'))
    end
  end
  return dir
end

local clients = {} -- root -> client id (0.7 path)

function M.config_for(bufnr, options)
  local path = vim.api.nvim_buf_get_name(bufnr)
  local root = find_root(path, options.root_markers)
  return {
    name = options.name,
    cmd = options.cmd,
    root_dir = root,
    workspace_folders = { { uri = vim.uri_from_fname(root), name = root } },
    init_options = options.init_options,
    on_attach = options.on_attach,
    -- Neovim's client speaks UTF-16 positions; CodePal negotiates whatever the client offers.
    offset_encoding = 'utf-16',
  }
end

function M.attach(bufnr, options)
  if vim.api.nvim_buf_get_name(bufnr) == '' then return end
  local config = M.config_for(bufnr, options)
  if vim.lsp.start then
    return vim.lsp.start(config, { bufnr = bufnr })
  end
  local id = clients[config.root_dir]
  if not id or not vim.lsp.get_client_by_id(id) then
    id = vim.lsp.start_client(config)
    clients[config.root_dir] = id
  end
  if id then vim.lsp.buf_attach_client(bufnr, id) end
  return id
end

function M.setup(user)
  local options = vim.tbl_deep_extend('force', M.defaults, user or {})
  local group = vim.api.nvim_create_augroup('codepal', { clear = true })
  vim.api.nvim_create_autocmd('FileType', {
    group = group,
    pattern = options.filetypes,
    callback = function(args) M.attach(args.buf, options) end,
  })
  -- Buffers already open when setup runs.
  for _, bufnr in ipairs(vim.api.nvim_list_bufs()) do
    if vim.api.nvim_buf_is_loaded(bufnr) and vim.tbl_contains(options.filetypes, vim.bo[bufnr].filetype) then
      M.attach(bufnr, options)
    end
  end
  return options
end

return M
