-- Run by NeovimTests: `nvim --headless -u NONE -i NONE -n -c "luafile fix-quote-line.lua"`.
-- Opens a fact file with the snippet of editors/nvim, waits for the server's FG0013, applies the
-- code action that cites the right line, saves, and waits for the diagnostics to clear. Every
-- step appends a line to FACTSGEN_RESULT; the test reads it, and Neovim always quits.
local result = assert(os.getenv('FACTSGEN_RESULT'))
local function report(line)
  local file = assert(io.open(result, 'a'))
  file:write(line, '\n')
  file:close()
end

local function code_of(diagnostic)
  local lsp = diagnostic.user_data and diagnostic.user_data.lsp or {}
  return diagnostic.code or lsp.code
end

local function wait_for(what, seconds, condition)
  if not vim.wait(seconds * 1000, condition, 50) then
    error('timed out after ' .. seconds .. ' s waiting for ' .. what)
  end
end

-- The factsgen client of the buffer (vim.lsp.get_clients from Neovim 0.10, buf_get_clients before).
local function client_of(bufnr)
  local attached = vim.lsp.get_clients and vim.lsp.get_clients({ bufnr = bufnr }) or vim.lsp.buf_get_clients(bufnr)
  for _, client in pairs(attached) do
    if client.name == 'factsgen' then
      return client
    end
  end
end

-- One request to the buffer's server, answered within 30 s.
local function request(bufnr, method, params)
  local answers = vim.lsp.buf_request_sync(bufnr, method, params, 30000)
  for _, answer in pairs(answers or {}) do
    assert(not answer.err, method .. ' failed: ' .. vim.inspect(answer.err))
    return answer.result
  end
  error('no answer to ' .. method)
end

local function run()
  local factsgen = dofile(assert(os.getenv('FACTSGEN_SNIPPET')))
  factsgen.setup({ cmd = vim.fn.json_decode(assert(os.getenv('FACTSGEN_CMD'))) })
  vim.cmd('edit ' .. vim.fn.fnameescape(assert(os.getenv('FACTSGEN_FILE'))))
  local bufnr = vim.api.nvim_get_current_buf()

  wait_for('the server to attach', 60, function()
    return client_of(bufnr) ~= nil
  end)
  local client = client_of(bufnr)
  report('attached ' .. client.name)

  local wrong
  wait_for('FG0013', 60, function()
    for _, diagnostic in ipairs(vim.diagnostic.get(bufnr)) do
      if code_of(diagnostic) == 'FG0013' then
        wrong = diagnostic
        return true
      end
    end
    return false
  end)
  report('diagnostic FG0013 line ' .. (wrong.lnum + 1) .. ': ' .. wrong.message)

  -- The diagnostic as the server sent it (Neovim keeps its code and data aside, not its range).
  local lsp = wrong.user_data and wrong.user_data.lsp or {}
  local lsp_diagnostic = {
    range = { start = { line = wrong.lnum, character = wrong.col }, ['end'] = { line = wrong.end_lnum, character = wrong.end_col } },
    severity = wrong.severity,
    code = 'FG0013',
    source = wrong.source,
    message = wrong.message,
    data = lsp.data,
  }
  local params = {
    textDocument = { uri = vim.uri_from_bufnr(bufnr) },
    range = lsp_diagnostic.range,
    context = { diagnostics = { lsp_diagnostic }, only = { 'quickfix' } },
  }
  local actions = request(bufnr, 'textDocument/codeAction', params) or {}
  local action
  for _, candidate in ipairs(actions) do
    if candidate.title:match('^Cite line %d+ instead') then
      action = candidate
    end
  end
  assert(action, 'no "Cite line N instead" action among ' .. vim.inspect(actions))
  report('action ' .. action.title)

  if action.edit then
    vim.lsp.util.apply_workspace_edit(action.edit, client.offset_encoding or 'utf-16')
  end
  local command = type(action.command) == 'table' and action.command or nil
  if command then
    request(bufnr, 'workspace/executeCommand', command)
  end
  vim.cmd('write')

  wait_for('the diagnostics to clear', 60, function()
    return #vim.diagnostic.get(bufnr) == 0
  end)
  report('clean')
end

local ok, failure = pcall(run)
if not ok then
  report('error ' .. tostring(failure))
end
vim.cmd('qa!')
