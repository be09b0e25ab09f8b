-- FactsGen's language server (`factsgen lsp`) for fact files in Neovim: diagnostics as the build
-- reports them, hover, go to definition, completion, code actions and rename.
--
-- Install: copy this file to ~/.config/nvim/lua/factsgen.lua, then in init.lua:
--   require('factsgen').setup()
--   require('factsgen').setup({ cmd = { 'dotnet', '/path/to/factsgen.dll', 'lsp' } })  -- without the tool
--
-- A YAML file under a folder named `facts` (setting `facts_directory`) attaches the server; the
-- folder above it is the workspace root, so one server serves every fact file of a fact base.
-- Works with Neovim 0.7 and later (vim.lsp.start where it exists, else start_client).

local M = {}

M.config = {
  cmd = { 'factsgen', 'lsp' },
  facts_directory = 'facts',
}

local clients = {} -- root folder -> client id, for Neovim before vim.lsp.start

-- The folder that holds the fact base folder, or nil when the file is not in one.
local function root_of(file)
  local dir = vim.fn.fnamemodify(file, ':p:h')
  while true do
    if vim.fn.fnamemodify(dir, ':t') == M.config.facts_directory then
      return vim.fn.fnamemodify(dir, ':h')
    end
    local parent = vim.fn.fnamemodify(dir, ':h')
    if parent == dir then
      return nil
    end
    dir = parent
  end
end

function M.attach(bufnr)
  local root = root_of(vim.api.nvim_buf_get_name(bufnr))
  if root == nil then
    return
  end

  local config = {
    name = 'factsgen',
    cmd = M.config.cmd,
    root_dir = root,
    workspace_folders = { { uri = vim.uri_from_fname(root), name = vim.fn.fnamemodify(root, ':t') } },
    init_options = { factsDirectory = M.config.facts_directory },
  }
  if vim.lsp.start then
    vim.lsp.start(config, { bufnr = bufnr })
    return
  end

  if clients[root] == nil or vim.lsp.get_client_by_id(clients[root]) == nil then
    clients[root] = vim.lsp.start_client(config)
  end
  if clients[root] ~= nil then
    vim.lsp.buf_attach_client(bufnr, clients[root])
  end
end

function M.setup(options)
  M.config = vim.tbl_extend('force', M.config, options or {})
  vim.api.nvim_create_autocmd({ 'BufReadPost', 'BufNewFile' }, {
    pattern = { '*.yaml', '*.yml' },
    callback = function(args)
      M.attach(args.buf)
    end,
  })
end

return M
