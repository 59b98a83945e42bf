// The one API client of a page, shared by the page and its header (one GET /session per page load).
import { Api } from './api.js';

let instance = null;

/** @returns the page's API client */
export function pageApi() {
  if (!instance) {
    instance = new Api();
  }
  return instance;
}
