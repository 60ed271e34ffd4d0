import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { MODULES, provideModule } from '@/lib/content/extension-module';
import { runCaptureStep } from '@/lib/content/page-capture';

// Imported by a console's content script at the first capture (lib/content/extension-module.ts).
export default defineUnlistedScript(() => provideModule(MODULES.pageCapture, runCaptureStep));
