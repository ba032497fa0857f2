-- Headless Neovim as a real client of the ladderlint language server (test/lsp/neovim.test.ts).
-- Env: LADDERLINT_LS (the server's bin), LADDERLINT_DOC (a résumé), LADDERLINT_RESULT (JSON written here).
-- Starts the server on the résumé with the built-in LSP client, waits for diagnostics
-- (vim.diagnostic.get), requests code actions on the first-person finding, applies its fix, waits for
-- the server to lint the edited buffer, and writes what it saw. Works on Neovim 0.7 and later.
local out = {}
local function finish()
  local f = io.open(os.getenv("LADDERLINT_RESULT"), "w")
  f:write(vim.fn.json_encode(out))
  f:close()
  vim.cmd("qa!")
end

local ok, err = pcall(function()
  vim.cmd("filetype on")
  vim.cmd("edit " .. vim.fn.fnameescape(os.getenv("LADDERLINT_DOC")))
  local bufnr = vim.api.nvim_get_current_buf()
  out.filetype = vim.bo[bufnr].filetype
  local client_id = vim.lsp.start_client({
    name = "ladderlint",
    cmd = { "node", os.getenv("LADDERLINT_LS"), "--stdio" },
    root_dir = vim.fn.fnamemodify(os.getenv("LADDERLINT_DOC"), ":h"),
  })
  out.started = client_id ~= nil
  vim.lsp.buf_attach_client(bufnr, client_id)

  local function first_person()
    for _, d in ipairs(vim.diagnostic.get(bufnr)) do
      local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
      if code == "first-person" and d.lnum == 5 then return d end
    end
  end
  out.got_diagnostics = vim.wait(30000, function() return first_person() ~= nil end, 50)
  out.diagnostics = #vim.diagnostic.get(bufnr)
  local fp = first_person()
  if not fp then return end
  out.message = fp.message

  local params = {
    textDocument = vim.lsp.util.make_text_document_params(bufnr),
    range = { start = { line = fp.lnum, character = fp.col }, ["end"] = { line = fp.end_lnum, character = fp.end_col } },
    context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics(bufnr, fp.lnum) },
  }
  local responses = vim.lsp.buf_request_sync(bufnr, "textDocument/codeAction", params, 20000) or {}
  out.titles = {}
  local chosen
  for _, r in pairs(responses) do
    for _, a in ipairs(r.result or {}) do
      table.insert(out.titles, a.title)
      if not chosen and a.kind == "quickfix" and a.isPreferred then chosen = a end
    end
  end
  if not chosen then return end
  out.applied = chosen.title
  vim.lsp.util.apply_workspace_edit(chosen.edit, "utf-16")
  out.line = vim.api.nvim_buf_get_lines(bufnr, 5, 6, false)[1]
  -- The server lints the changed buffer (didChange, debounced) and the finding goes away.
  out.cleared = vim.wait(30000, function() return first_person() == nil end, 50)
  vim.lsp.stop_client(client_id)
end)
if not ok then out.error = tostring(err) end
finish()
