// Ui, Menu, PromptResponse (developers.google.com/apps-script/reference/base/…) and HtmlService,
// HtmlOutput (reference/html/…); anchors are the method headings. What a script shows is recorded in
// a UiLog that tests and the playground read.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type CallCounter, Emulated } from './calls';

export type MenuEntry =
  | { readonly type: 'item'; readonly caption: string; readonly functionName: string }
  | { readonly type: 'separator' }
  | { readonly type: 'submenu'; readonly caption: string; readonly items: readonly MenuEntry[] };

export interface MenuSpec {
  /** The add-on menu's caption is the add-on name (it shows under Extensions). */
  readonly caption: string;
  readonly addon: boolean;
  readonly items: readonly MenuEntry[];
}

export interface ShownHtml {
  readonly type: 'sidebar' | 'modal' | 'modeless';
  readonly title: string;
  readonly width: number | null;
  readonly height: number | null;
  readonly content: string;
}

export interface AlertRecord {
  readonly type: 'alert' | 'prompt';
  readonly title: string;
  readonly prompt: string;
  readonly buttons: string;
  readonly response: string;
  readonly text?: string;
}

export interface ToastRecord {
  readonly message: string;
  readonly title: string;
  readonly timeoutSeconds: number;
}

export interface ScriptedResponse {
  readonly button: string;
  readonly text?: string;
}

/** The buttons of each Ui.ButtonSet — base/button-set. The emulator answers with the first unless told. */
export const BUTTON_SETS: Record<string, readonly string[]> = {
  OK: ['OK'],
  OK_CANCEL: ['OK', 'CANCEL'],
  YES_NO: ['YES', 'NO'],
  YES_NO_CANCEL: ['YES', 'NO', 'CANCEL'],
};

/** Everything a script showed, in order, plus the queue of scripted answers to alerts and prompts. */
export class UiLog {
  menus: MenuSpec[] = [];
  /** The open sidebar ("one sidebar at a time"), or null. */
  sidebar: ShownHtml | null = null;
  dialogs: ShownHtml[] = [];
  alerts: AlertRecord[] = [];
  toasts: ToastRecord[] = [];
  private responses: ScriptedResponse[] = [];
  /** Called when an alert or prompt suspends the script (createEmulator releases its locks). */
  _onSuspend: (() => void) | null = null;

  /** Queues the answer to the next alert or prompt ("YES", or { button: 'OK', text: '…' }). */
  respond(response: string | ScriptedResponse): void {
    this.responses.push(typeof response === 'string' ? { button: response } : response);
  }

  /** An alert or prompt suspends the script: "LockService locks don't persist across the suspension" — ui#alertprompt */
  _suspend(): void {
    this._onSuspend?.();
  }

  _nextResponse(buttons: string): ScriptedResponse {
    const offered = BUTTON_SETS[buttons] ?? ['OK'];
    const next = this.responses.shift() ?? { button: offered[0]! };
    if (next.button !== 'CLOSE' && !offered.includes(next.button))
      throw new Error(`Emulator: scripted answer ${next.button} is not a button of ${buttons}`);
    return next;
  }

  /** The add-on menu (createAddonMenu), or null before onOpen ran. */
  get addonMenu(): MenuSpec | null {
    return this.menus.find((m) => m.addon) ?? null;
  }

  clear(): void {
    this.menus = [];
    this.sidebar = null;
    this.dialogs = [];
    this.alerts = [];
    this.toasts = [];
    this.responses = [];
  }
}

export type UiRecord = UiLog;

/** menu#additemcaption,-functionname, #addseparator, #addsubmenumenu, #addtoui. */
export class Menu extends Emulated {
  get kind(): string {
    return 'Menu';
  }
  readonly items: MenuEntry[] = [];

  constructor(
    counter: CallCounter,
    private readonly log: UiLog,
    /** The caption it shows as a sub-menu. */
    readonly caption: string,
    private readonly addonName: string,
  ) {
    super(counter);
  }

  addItem(caption: string, functionName: string): Menu {
    this.items.push({ type: 'item', caption: String(caption), functionName: String(functionName) });
    return this;
  }

  addSeparator(): Menu {
    this.items.push({ type: 'separator' });
    return this;
  }

  addSubMenu(menu: Menu): Menu {
    this.items.push({ type: 'submenu', caption: menu.caption, items: [...menu.items] });
    return this;
  }

  /**
   * "Inserts the menu into the instance of the editor's user interface" — menu#addtoui. An add-on's
   * menu is its sub-menu under Extensions, named after the add-on (ui#createaddonmenu). Not
   * documented: adding it again (onOpen running twice) replaces it.
   */
  addToUi(): void {
    const spec: MenuSpec = { caption: this.addonName, addon: true, items: [...this.items] };
    const at = this.log.menus.findIndex((m) => m.addon);
    if (at >= 0) this.log.menus[at] = spec;
    else this.log.menus.push(spec);
  }
}

/** prompt-response#getresponsetext, #getselectedbutton. */
export class PromptResponse extends Emulated {
  get kind(): string {
    return 'PromptResponse';
  }

  constructor(
    counter: CallCounter,
    private readonly text: string,
    private readonly button: string,
  ) {
    super(counter);
  }

  getResponseText(): string {
    return this.text;
  }

  getSelectedButton(): string {
    return this.button;
  }
}

export class Ui extends Emulated {
  get kind(): string {
    return 'Ui';
  }
  /** Ui.Button — base/button; ui.ButtonSet — base/button-set. */
  readonly Button = { OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO', CLOSE: 'CLOSE' } as const;
  readonly ButtonSet = {
    OK: 'OK',
    OK_CANCEL: 'OK_CANCEL',
    YES_NO: 'YES_NO',
    YES_NO_CANCEL: 'YES_NO_CANCEL',
  } as const;

  constructor(
    counter: CallCounter,
    private readonly log: UiLog,
    private readonly addonName: string,
  ) {
    super(counter);
  }

  /** A sub-menu under Extensions named after the add-on — ui#createaddonmenu */
  createAddonMenu(): Menu {
    return new Menu(this.counter, this.log, this.addonName, this.addonName);
  }

  /**
   * For an add-on "the caption parameter is ignored and the menu is added as a sub-menu of the
   * Extensions menu, equivalent to createAddonMenu()" — ui#createmenucaption. The caption still
   * names it when it is added as a sub-menu.
   */
  createMenu(caption: string): Menu {
    return new Menu(this.counter, this.log, String(caption), this.addonName);
  }

  /**
   * The button clicked — ui#alertprompt ("OK"), #alertprompt,-buttons, #alerttitle,-prompt,-buttons.
   * The script is suspended meanwhile and its locks released. Answers come from ui.respond().
   */
  alert(a: string, b?: string, c?: string): string {
    const [title, prompt, buttons] =
      c !== undefined ? [a, b ?? '', c] : b !== undefined ? ['', a, b] : ['', a, 'OK'];
    this.log._suspend();
    const answer = this.log._nextResponse(String(buttons));
    this.log.alerts.push({
      type: 'alert',
      title: String(title),
      prompt: String(prompt),
      buttons: String(buttons),
      response: answer.button,
    });
    return answer.button;
  }

  /** ui#promptprompt ("OK"), #promptprompt,-buttons, #prompttitle,-prompt,-buttons; suspends like alert. */
  prompt(a: string, b?: string, c?: string): PromptResponse {
    const [title, prompt, buttons] =
      c !== undefined ? [a, b ?? '', c] : b !== undefined ? ['', a, b] : ['', a, 'OK'];
    this.log._suspend();
    const answer = this.log._nextResponse(String(buttons));
    const text = answer.text ?? '';
    this.log.alerts.push({
      type: 'prompt',
      title: String(title),
      prompt: String(prompt),
      buttons: String(buttons),
      response: answer.button,
      text,
    });
    return new PromptResponse(this.counter, text, answer.button);
  }

  /**
   * "All sidebars shown by scripts are 300 pixels wide" — ui#showsidebaruserinterface. Not documented:
   * a new sidebar replaces the open one.
   */
  showSidebar(userInterface: HtmlOutput): void {
    const shown = userInterface._shown('sidebar', userInterface.getTitle());
    this.log.sidebar = { ...shown, width: 300, height: null };
  }

  /** The title "overrides any title set by calling setTitle()" — ui#showmodaldialoguserinterface,-title, #showmodelessdialog… */
  showModalDialog(userInterface: HtmlOutput, title: string): void {
    this.log.dialogs.push(userInterface._shown('modal', String(title)));
  }

  showModelessDialog(userInterface: HtmlOutput, title: string): void {
    this.log.dialogs.push(userInterface._shown('modeless', String(title)));
  }
}

/** html-output; anchors below are on that page. Not emulated: asTemplate, getAs, getBlob, favicons. */
export class HtmlOutput extends Emulated {
  get kind(): string {
    return 'HtmlOutput';
  }
  private title = '';
  private width: number | null = null;
  private height: number | null = null;
  private readonly metaTags: { name: string; content: string }[] = [];

  constructor(
    counter: CallCounter,
    private content: string,
  ) {
    super(counter);
  }

  _shown(type: ShownHtml['type'], title: string): ShownHtml {
    return { type, title, width: this.width, height: this.height, content: this.content };
  }

  // #getcontent, #setcontentcontent, #appendaddedcontent (not escaped), #clear. Not emulated: the
  // errors for malformed HTML.
  getContent(): string {
    return this.content;
  }

  setContent(content: string): HtmlOutput {
    this.content = String(content);
    return this;
  }

  append(addedContent: string): HtmlOutput {
    this.content += String(addedContent);
    return this;
  }

  /**
   * Appended "using contextual escaping": the page's example turns <p> into &lt;p&gt; —
   * #appenduntrustedaddedcontent. Not documented: the escapes of & " ' (text context only here).
   */
  appendUntrusted(addedContent: string): HtmlOutput {
    this.content += String(addedContent).replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch]!);
    return this;
  }

  clear(): HtmlOutput {
    this.content = '';
    return this;
  }

  // #gettitle, #settitletitle ("for HtmlOutput shown in Google Sheets, this is the dialog title")
  getTitle(): string {
    return this.title;
  }

  setTitle(title: string): HtmlOutput {
    this.title = String(title);
    return this;
  }

  /**
   * A dialog's initial size; "null results in a default value" — #setwidthwidth, #setheightheight,
   * #getwidth, #getheight. Not documented: null until set.
   */
  getWidth(): number | null {
    return this.width;
  }

  setWidth(width: number | null): HtmlOutput {
    this.width = width === null ? null : Number(width);
    return this;
  }

  getHeight(): number | null {
    return this.height;
  }

  setHeight(height: number | null): HtmlOutput {
    this.height = height === null ? null : Number(height);
    return this;
  }

  /** "This method now has no effect" (always IFRAME) — #setsandboxmodemode */
  setSandboxMode(_mode: string): HtmlOutput {
    return this;
  }

  // #setxframeoptionsmodemode, #setfaviconurliconurl: accepted, not recorded (nothing reads them).
  setXFrameOptionsMode(_mode: string): HtmlOutput {
    return this;
  }

  setFaviconUrl(_url: string): HtmlOutput {
    return this;
  }

  // #addmetatagname,-content
  addMetaTag(name: string, content: string): HtmlOutput {
    this.metaTags.push({ name: String(name), content: String(content) });
    return this;
  }

  /** HtmlOutputMetaTag objects (getName, getContent) — #getmetatags */
  getMetaTags(): { getName(): string; getContent(): string }[] {
    return this.metaTags.map(({ name, content }) => ({ getName: () => name, getContent: () => content }));
  }
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export class HtmlService extends Emulated {
  get kind(): string {
    return 'HtmlService';
  }
  // The SandboxMode and XFrameOptionsMode enums listed on html-service.
  readonly SandboxMode = { EMULATED: 'EMULATED', IFRAME: 'IFRAME', NATIVE: 'NATIVE' } as const;
  readonly XFrameOptionsMode = { ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' } as const;

  constructor(
    counter: CallCounter,
    private readonly htmlDir: string,
  ) {
    super(counter);
  }

  // html-service#createhtmloutput, #createhtmloutputhtml
  createHtmlOutput(html?: string): HtmlOutput {
    return new HtmlOutput(this.counter, html === undefined ? '' : String(html));
  }

  /**
   * A project file, here `${htmlDir}/${filename}.html`; throws "if the file wasn't found" —
   * html-service#createhtmloutputfromfilefilename. Not documented: the wording.
   */
  createHtmlOutputFromFile(filename: string): HtmlOutput {
    const name = String(filename);
    const path = join(this.htmlDir, name.endsWith('.html') ? name : `${name}.html`);
    if (!existsSync(path)) throw new Error(`Exception: No HTML file named ${name} was found.`);
    return new HtmlOutput(this.counter, readFileSync(path, 'utf8'));
  }
}
