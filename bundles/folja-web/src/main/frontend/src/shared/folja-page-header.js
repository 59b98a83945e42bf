// <folja-page-header>: the top of every Följa page: a skip link, the name, the pages the user's roles open, who
// is logged in, the language switch (the same page with or without ?lang=en) and logging out (a form posting the
// session's CSRF token to /folja/logout). Attribute `current`: the page shown (`documentation`, `followups`,
// `catalogue`, `followupAdmin` or `dashboard`).
import { LitElement, html, nothing } from 'lit';
import { pageApi } from './page-api.js';
import { translator, withLanguage } from './i18n.js';

const MESSAGES = {
  sv: {
    skip: 'Hoppa till innehållet',
    navigation: 'Följas sidor',
    documentation: 'Registrera orsak',
    followups: 'Uppföljningar',
    catalogue: 'Kataloger',
    followupAdmin: 'Uppföljningsmallar',
    dashboard: 'Statistik',
    api: 'API',
    loggedIn: 'Inloggad som',
    logout: 'Logga ut',
    otherLanguage: 'English',
  },
  en: {
    skip: 'Skip to content',
    navigation: "Följa's pages",
    documentation: 'Register a reason',
    followups: 'Follow-ups',
    catalogue: 'Catalogues',
    followupAdmin: 'Follow-up templates',
    dashboard: 'Statistics',
    api: 'API',
    loggedIn: 'Logged in as',
    logout: 'Log out',
    otherLanguage: 'Svenska',
  },
};

export class FoljaPageHeader extends LitElement {
  static properties = {
    current: { type: String },
    _session: { state: true },
  };

  constructor() {
    super();
    this.current = '';
    this._session = null;
  }

  createRenderRoot() {
    return this;
  }

  connectedCallback() {
    super.connectedCallback();
    pageApi().session().then((session) => {
      this._session = session;
    }, () => {});
  }

  render() {
    const lang = document.documentElement.lang === 'en' ? 'en' : 'sv';
    const t = translator(MESSAGES, lang);
    const roles = this._session?.roles ?? [];
    const pages = [
      { key: 'documentation', path: '/folja/', role: 'folja-staff' },
      { key: 'followups', path: '/folja/followups/', role: 'folja-staff' },
      { key: 'catalogue', path: '/folja/admin/', role: 'folja-admin' },
      { key: 'followupAdmin', path: '/folja/admin/followups/', role: 'folja-admin' },
      { key: 'dashboard', path: '/folja/dashboard/', role: 'folja-statistician' },
    ].filter((page) => roles.includes(page.role));
    const other = lang === 'en' ? 'sv' : 'en';
    const switchTo = withLanguage(location.pathname, other);
    return html`
      <a class="skip-link" href="#main">${t('skip')}</a>
      <header class="banner">
        <div class="banner__inner">
          <a class="brand" href=${withLanguage('/folja/', lang)}>Följa</a>
          <nav class="banner__nav" aria-label=${t('navigation')}>
            <ul>
              ${pages.map((page) => html`<li><a href=${withLanguage(page.path, lang)}
                aria-current=${page.key === this.current ? 'page' : nothing}>${t(page.key)}</a></li>`)}
              <li><a href="/folja/api/">${t('api')}</a></li>
            </ul>
          </nav>
          <div class="banner__user">
            ${this._session ? html`<span>${t('loggedIn')} <strong>${this._session.user}</strong></span>` : nothing}
            <a href=${switchTo} lang=${other} hreflang=${other}>${t('otherLanguage')}</a>
            ${this._session ? html`
              <form method="post" action=${withLanguage('/folja/logout', lang)} class="banner__logout">
                <input type="hidden" name="csrf" .value=${this._session.csrfToken}>
                <button type="submit" class="link-button">${t('logout')}</button>
              </form>` : nothing}
          </div>
        </div>
      </header>`;
  }
}

if (!customElements.get('folja-page-header')) {
  customElements.define('folja-page-header', FoljaPageHeader);
}
