// Entry point: creates the API client and mounts the explorer.
import { createClient } from './api/client.js';
import { mountApp } from './app.js';
import './styles.css';

const params = new URLSearchParams(location.search);
const webgl =
  params.get('webgl') === '1' ||
  (params.get('webgl') !== '0' && localStorage.getItem('kg.webgl') === '1');
const root = document.getElementById('app');
if (root) mountApp(root, { gql: createClient('/graphql'), webgl });
