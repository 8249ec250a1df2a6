// Ui (reference/base/ui), Menu (reference/base/menu) and HtmlService (reference/html/html-service,
// html-output). What a script shows is recorded in a UiLog that tests and the playground read.
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

/** Ui.ButtonSet — reference/base/button-set; each set's first button is the default answer here. */
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

  /** Queues the answer to the next alert or prompt ("YES", or { button: 'OK', text: '…' }). */
  respond(response: string | ScriptedResponse): void {
    this.responses.push(typeof response === 'string' ? { button: response } : response);
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

export class Menu extends Emulated {
  get kind(): string {
    return 'Menu';
  }
  readonly items: MenuEntry[] = [];

  constructor(
    counter: CallCounter,
    private readonly log: UiLog,
    readonly caption: string,
    private readonly addon: boolean,
  ) {
    super(counter);
  }

  /** Menu.addItem(caption, functionName): the function is called by name when clicked. */
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

  /** Menu.addToUi: "Inserts the menu into the instance of the editor's user interface." Re-adding replaces it. */
  addToUi(): void {
    const spec: MenuSpec = { caption: this.caption, addon: this.addon, items: [...this.items] };
    const at = this.log.menus.findIndex((m) => m.addon === this.addon && m.caption === this.caption);
    if (at >= 0) this.log.menus[at] = spec;
    else this.log.menus.push(spec);
  }
}

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
  /** Ui.Button — reference/base/button. */
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

  /** Ui.createAddonMenu: the add-on's menu under Extensions, captioned with the add-on name. */
  createAddonMenu(): Menu {
    return new Menu(this.counter, this.log, this.addonName, true);
  }

  createMenu(caption: string): Menu {
    return new Menu(this.counter, this.log, String(caption), false);
  }

  /** Ui.alert(prompt) / alert(prompt, buttons) / alert(title, prompt, buttons): the clicked button. */
  alert(a: string, b?: string, c?: string): string {
    const [title, prompt, buttons] =
      c !== undefined ? [a, b ?? '', c] : b !== undefined ? ['', a, b] : ['', a, 'OK'];
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

  /** Ui.prompt(prompt) / prompt(prompt, buttons) / prompt(title, prompt, buttons). Default buttons: OK. */
  prompt(a: string, b?: string, c?: string): PromptResponse {
    const [title, prompt, buttons] =
      c !== undefined ? [a, b ?? '', c] : b !== undefined ? ['', a, b] : ['', a, 'OK'];
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

  /** Ui.showSidebar: one sidebar at a time; a new one replaces the old. */
  showSidebar(userInterface: HtmlOutput): void {
    this.log.sidebar = userInterface._shown('sidebar', userInterface.getTitle());
  }

  showModalDialog(userInterface: HtmlOutput, title: string): void {
    this.log.dialogs.push(userInterface._shown('modal', String(title)));
  }

  showModelessDialog(userInterface: HtmlOutput, title: string): void {
    this.log.dialogs.push(userInterface._shown('modeless', String(title)));
  }
}

export class HtmlOutput extends Emulated {
  get kind(): string {
    return 'HtmlOutput';
  }
  private title = '';
  private width: number | null = null;
  private height: number | null = null;
  private sandboxMode = 'IFRAME';
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

  /** HtmlOutput.appendUntrusted: appended with HTML escaped. */
  appendUntrusted(addedContent: string): HtmlOutput {
    this.content += String(addedContent).replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
    return this;
  }

  clear(): HtmlOutput {
    this.content = '';
    return this;
  }

  getTitle(): string {
    return this.title;
  }

  setTitle(title: string): HtmlOutput {
    this.title = String(title);
    return this;
  }

  getWidth(): number | null {
    return this.width;
  }

  setWidth(width: number): HtmlOutput {
    this.width = Number(width);
    return this;
  }

  getHeight(): number | null {
    return this.height;
  }

  setHeight(height: number): HtmlOutput {
    this.height = Number(height);
    return this;
  }

  /** Sandbox is always IFRAME now; the setter is accepted — html-output#setsandboxmode. */
  setSandboxMode(mode: string): HtmlOutput {
    this.sandboxMode = String(mode);
    return this;
  }

  getSandboxMode(): string {
    return this.sandboxMode;
  }

  setXFrameOptionsMode(_mode: string): HtmlOutput {
    return this;
  }

  setFaviconUrl(_url: string): HtmlOutput {
    return this;
  }

  addMetaTag(name: string, content: string): HtmlOutput {
    this.metaTags.push({ name: String(name), content: String(content) });
    return this;
  }

  getMetaTags(): { name: string; content: string }[] {
    return [...this.metaTags];
  }
}

export class HtmlService extends Emulated {
  get kind(): string {
    return 'HtmlService';
  }
  readonly SandboxMode = { EMULATED: 'EMULATED', IFRAME: 'IFRAME', NATIVE: 'NATIVE' } as const;
  readonly XFrameOptionsMode = { ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' } as const;

  constructor(
    counter: CallCounter,
    private readonly htmlDir: string,
  ) {
    super(counter);
  }

  createHtmlOutput(html?: string): HtmlOutput {
    return new HtmlOutput(this.counter, html === undefined ? '' : String(html));
  }

  /** HtmlService.createHtmlOutputFromFile(filename): a project file, here `${htmlDir}/${filename}.html`. */
  createHtmlOutputFromFile(filename: string): HtmlOutput {
    const name = String(filename);
    const path = join(this.htmlDir, name.endsWith('.html') ? name : `${name}.html`);
    if (!existsSync(path)) throw new Error(`Exception: No HTML file named ${name} was found.`);
    return new HtmlOutput(this.counter, readFileSync(path, 'utf8'));
  }
}
