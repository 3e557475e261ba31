-- Run by NeovimTests as `nvim --headless --clean -c 'luafile THIS'` (0.7 has no -l).
-- Environment: CODEPAL_BIN (server), CODEPAL_NVIM_PLUGIN (editors/neovim), CODEPAL_NVIM_FILE
-- (a Python file of the fixture workspace), CODEPAL_NVIM_OUT (JSON results written here).
-- Drives CodePal through Neovim's own client and writes what it got; the Swift test judges it.
local out = {}
local function finish()
  local file = io.open(os.getenv('CODEPAL_NVIM_OUT'), 'w')
  file:write(vim.fn.json_encode(out))
  file:close()
  vim.cmd('qall!')
end

local ok, err = pcall(function()
  vim.lsp.set_log_level('ERROR')
  vim.cmd('filetype on')
  vim.opt.runtimepath:append(os.getenv('CODEPAL_NVIM_PLUGIN'))
  require('codepal').setup({ cmd = { os.getenv('CODEPAL_BIN'), 'serve' } })
  out.nvim = tostring(vim.version().major) .. '.' .. tostring(vim.version().minor) .. '.' .. tostring(vim.version().patch)

  vim.cmd('edit ' .. vim.fn.fnameescape(os.getenv('CODEPAL_NVIM_FILE')))
  local bufnr = vim.api.nvim_get_current_buf()
  out.filetype = vim.bo[bufnr].filetype

  local client
  out.attached = vim.wait(15000, function()
    for _, c in pairs(vim.lsp.buf_get_clients(bufnr)) do client = c end
    return client ~= nil and client.initialized ~= false
  end, 50)
  if not client then error('no LSP client attached to ' .. vim.api.nvim_buf_get_name(bufnr)) end
  out.client_name = client.name
  out.root_dir = client.config.root_dir
  local caps = client.server_capabilities or client.resolved_capabilities or {}
  out.capabilities = vim.tbl_keys(caps)
  table.sort(out.capabilities)

  -- Diagnostics as Neovim shows them (pushed by the server).
  local started = vim.loop.hrtime()
  out.diagnostics_arrived = vim.wait(20000, function()
    for _, d in ipairs(vim.diagnostic.get(bufnr)) do
      if d.code == 'py/sql-injection' then return true end
    end
    return false
  end, 20)
  out.diagnostics_ms = (vim.loop.hrtime() - started) / 1e6
  out.diagnostics = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    table.insert(out.diagnostics, { code = d.code, lnum = d.lnum, col = d.col, message = d.message, source = d.source })
  end

  local uri = vim.uri_from_bufnr(bufnr)
  local function request(method, params)
    local response, failure = client.request_sync(method, params, 10000, bufnr)
    if not response then return { error = tostring(failure) } end
    if response.err then return { error = response.err.message or vim.inspect(response.err) } end
    return { result = response.result == nil and vim.NIL or response.result }
  end
  local function find(pattern)
    for lnum, line in ipairs(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)) do
      local col = line:find(pattern, 1, true)
      if col then return { line = lnum - 1, character = col - 1 } end
    end
    error('pattern not in buffer: ' .. pattern)
  end

  out.document_symbol = request('textDocument/documentSymbol', { textDocument = { uri = uri } })
  -- On the finding (the server explains it) and on a function name (its metrics).
  out.hover_finding = request('textDocument/hover', { textDocument = { uri = uri }, position = find('"SELECT') })
  local name = find('def lookup_user')
  name.character = name.character + 4
  out.hover_function = request('textDocument/hover', { textDocument = { uri = uri }, position = name })

  local sql
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do if d.code == 'py/sql-injection' then sql = d end end
  if sql then
    local lsp_diagnostic = {
      range = { start = { line = sql.lnum, character = sql.col }, ['end'] = { line = sql.end_lnum, character = sql.end_col } },
      severity = sql.severity, code = sql.code, source = sql.source, message = sql.message,
    }
    out.code_action = request('textDocument/codeAction', {
      textDocument = { uri = uri }, range = lsp_diagnostic.range, context = { diagnostics = { lsp_diagnostic } },
    })
  end

  if caps.completionProvider then
    -- At the end of `look` in main(): lookup_user is defined in this file.
    local at
    for lnum, line in ipairs(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)) do
      if line == '    look' then at = { line = lnum - 1, character = #line } end
    end
    out.completion = request('textDocument/completion', { textDocument = { uri = uri }, position = at })
  end
  if caps.definitionProvider then
    out.definition = request('textDocument/definition', { textDocument = { uri = uri }, position = find('lookup_user(db)') })
  end
end)
if not ok then out.error = tostring(err) end
finish()
