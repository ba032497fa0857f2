// Zed runs language servers through extensions: this one starts `ladderlint-ls --stdio` from PATH
// (`npm install -g ladderlint`) and hands it the `lsp.ladderlint.settings` of Zed's settings.json.
use zed_extension_api::{self as zed, serde_json, settings::LspSettings};

struct Ladderlint;

impl zed::Extension for Ladderlint {
    fn new() -> Self {
        Ladderlint
    }

    fn language_server_command(&mut self, _id: &zed::LanguageServerId, worktree: &zed::Worktree) -> zed::Result<zed::Command> {
        let path = worktree
            .which("ladderlint-ls")
            .ok_or("ladderlint-ls is not on PATH: npm install -g ladderlint")?;
        Ok(zed::Command { command: path, args: vec!["--stdio".into()], env: Default::default() })
    }

    fn language_server_workspace_configuration(&mut self, _id: &zed::LanguageServerId, worktree: &zed::Worktree) -> zed::Result<Option<serde_json::Value>> {
        let settings = LspSettings::for_worktree("ladderlint", worktree).ok().and_then(|s| s.settings).unwrap_or_default();
        Ok(Some(serde_json::json!({ "ladderlint": settings })))
    }
}

zed::register_extension!(Ladderlint);
