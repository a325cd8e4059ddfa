/**
 * Styles of the extension's shadow root. Severity is never shown by colour alone: every finding also
 * carries a word ("Must fix", "Think again") and an icon of its own shape, and the borders differ in style.
 */
export const UI_STYLES = `
:host { all: initial; }
* { box-sizing: border-box; }
.layer, .dialog-mount, .notice-mount { position: fixed; inset: 0; pointer-events: none; }
.box { position: fixed; pointer-events: none; border-bottom: 2px solid; }
.box.block { border-color: #B3261E; background: rgb(179 38 30 / 0.12); border-bottom-style: double; border-bottom-width: 3px; }
.box.warn { border-color: #8A5300; background: rgb(255 184 0 / 0.16); border-bottom-style: dashed; }
.box.info { border-color: #005EB8; border-bottom-style: dotted; }
.mirror { position: fixed; visibility: hidden; white-space: pre-wrap; overflow-wrap: break-word; overflow: hidden; }

.backdrop {
  position: fixed; inset: 0; pointer-events: auto; display: flex; align-items: center; justify-content: center;
  background: rgb(0 0 0 / 0.45); font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Arial, sans-serif; color: #212B32;
}
.review {
  width: min(560px, calc(100vw - 24px)); max-height: calc(100vh - 24px); overflow: auto;
  background: #fff; border-radius: 8px; padding: 20px 20px 16px; box-shadow: 0 8px 32px rgb(0 0 0 / 0.3);
}
.review h2 { margin: 0 0 4px; font-size: 20px; line-height: 1.3; }
.summary { margin: 0 0 12px; }
.note { margin: 0 0 12px; padding: 8px 10px; border-left: 4px solid #4C6272; background: #F0F4F5; }
.findings { list-style: none; margin: 0; padding: 0; }
.finding { border: 2px solid #D8DDE0; border-left-width: 6px; border-radius: 6px; padding: 10px 12px; margin: 0 0 10px; }
.finding.block { border-left-color: #B3261E; border-left-style: double; }
.finding.warn { border-left-color: #8A5300; border-left-style: solid; }
.severity .icon { vertical-align: -2px; margin-right: 4px; }
.severity { display: inline-block; font-weight: 700; font-size: 13px; text-transform: uppercase; letter-spacing: 0.02em; margin-right: 6px; }
.finding.block .severity { color: #B3261E; }
.finding.warn .severity { color: #6B4000; }
.where { font-size: 13px; color: #4C6272; }
.excerpt { display: block; margin: 6px 0 4px; font-style: normal; font-weight: 600; overflow-wrap: anywhere; }
.message { margin: 0 0 4px; }
.policy { margin: 0 0 8px; font-size: 13px; color: #4C6272; }
.policy q { font-style: italic; }
.actions, .footer { display: flex; flex-wrap: wrap; gap: 8px; }
.footer { justify-content: flex-end; margin-top: 12px; align-items: center; }
.footer .hint { margin-right: auto; font-size: 13px; color: #4C6272; }
button {
  font: inherit; font-size: 14px; padding: 6px 14px; border-radius: 4px; cursor: pointer;
  border: 2px solid #005EB8; background: #fff; color: #005EB8;
}
button.primary { background: #005EB8; color: #fff; }
button:disabled { opacity: 0.5; cursor: default; }
button:focus-visible { outline: 3px solid #FFEB3B; outline-offset: 1px; box-shadow: 0 0 0 5px #212B32; }
.status { min-height: 1.45em; margin: 8px 0 0; font-size: 14px; }

.notice {
  position: fixed; right: 16px; bottom: 16px; max-width: min(420px, calc(100vw - 32px)); pointer-events: auto;
  display: flex; gap: 10px; align-items: flex-start; padding: 12px 14px; border-radius: 6px;
  background: #212B32; color: #fff; font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Arial, sans-serif;
  box-shadow: 0 4px 16px rgb(0 0 0 / 0.3);
}
.notice button { border-color: #fff; color: #fff; background: transparent; padding: 2px 10px; }
`;
