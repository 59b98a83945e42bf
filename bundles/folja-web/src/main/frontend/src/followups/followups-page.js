import { LitElement, html } from 'lit';
export class FoljaFollowupsPage extends LitElement { render() { return html`<h1>Uppföljningar</h1>`; } }
customElements.define('folja-followups-page', FoljaFollowupsPage);
