import { createApp } from 'vue';
import App from './App.vue';
import { loadLitUi } from './litUiApp.js';

void loadLitUi('/savings');
createApp(App).mount('#app');
