// The public page's only script: register the elements (side effect). Everything else on the
// page is static HTML; the widget reads its language from <html lang>.
import '../../widgets/register.js';
