// The Slack adapter's public face: build the app from the core and settings, or read settings from the environment.

export { createSlackApp, DEFAULT_PORT, type SlackApp, type SlackSettings } from './app.js';
