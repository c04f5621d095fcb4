import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

// `<lit-ui-app>` is a custom element: Vue passes it through instead of resolving a Vue component.
export default defineConfig({
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('lit-ui-') } } })],
  build: { outDir: 'dist', emptyOutDir: true },
});
