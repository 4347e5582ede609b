-- Run by tests/editor/neovim.test.ts inside `nvim --headless <first note> -c "luafile neovim-lsp.lua"`.
-- Attaches call-plan-language-server with Neovim's own LSP client (0.7 API: start_client +
-- buf_attach_client), opens each note, waits for its diagnostics and writes what Neovim shows
-- as JSON. Input and output through environment variables so the test owns every path.
local server = os.getenv('CALL_PLAN_SERVER')
local root = os.getenv('CALL_PLAN_ROOT')
local notes = vim.fn.json_decode(os.getenv('CALL_PLAN_NOTES'))
local out = os.getenv('CALL_PLAN_OUT')

local published = {}
local log = {}

local client_id = vim.lsp.start_client({
  name = 'call-plan-lint',
  cmd = {os.getenv('CALL_PLAN_NODE') or 'node', server, '--stdio'},
  root_dir = root,
  workspace_folders = {{uri = vim.uri_from_fname(root), name = 'vault'}},
  init_options = {debounceMs = 0},
  settings = {callPlanLint = {enable = true}},
  handlers = {
    ['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
      published[result.uri] = (published[result.uri] or 0) + 1
      return vim.lsp.diagnostic.on_publish_diagnostics(err, result, ctx, config)
    end,
    ['window/logMessage'] = function(_, result)
      table.insert(log, result.message)
    end,
  },
})

local results = {}
for _, note in ipairs(notes) do
  vim.cmd('edit ' .. vim.fn.fnameescape(note))
  local buffer = vim.api.nvim_get_current_buf()
  local uri = vim.uri_from_bufnr(buffer)
  vim.lsp.buf_attach_client(buffer, client_id)
  local arrived = vim.wait(20000, function() return (published[uri] or 0) > 0 end, 20)

  local shown = {}
  for _, diagnostic in ipairs(vim.diagnostic.get(buffer)) do
    table.insert(shown, {
      code = diagnostic.code,
      -- Neovim counts lines and columns from 0.
      line = diagnostic.lnum + 1,
      column = diagnostic.col + 1,
      end_line = diagnostic.end_lnum + 1,
      end_column = diagnostic.end_col + 1,
      severity = diagnostic.severity,
      message = diagnostic.message,
      source = diagnostic.source,
    })
  end

  -- Code actions at the first finding, as `:lua vim.lsp.buf.code_action()` would list them.
  local actions = {}
  local first = vim.diagnostic.get(buffer)[1]
  if first then
    local position = {line = first.lnum, character = first.col}
    local params = {
      textDocument = {uri = uri},
      range = {start = position, ['end'] = position},
      context = {diagnostics = vim.lsp.diagnostic.get_line_diagnostics(buffer, first.lnum)},
    }
    local answers = vim.lsp.buf_request_sync(buffer, 'textDocument/codeAction', params, 10000) or {}
    for _, answer in pairs(answers) do
      for _, action in ipairs(answer.result or {}) do table.insert(actions, action.title) end
    end
  end

  table.insert(results, {note = note, published = arrived, diagnostics = shown, actions = actions})
end

local file = io.open(out, 'w')
file:write(vim.fn.json_encode({results = results, log = log}))
file:close()

vim.lsp.stop_client(client_id)
vim.wait(2000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 20)
vim.cmd('qall!')
