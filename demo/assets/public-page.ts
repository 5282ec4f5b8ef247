// The public page's only script. Everything else on the page is static HTML; the widget reads its
// language from <html lang>.
// Two tasks instead of one long one on a slow phone: this module's static import evaluates the
// element classes (Lit, decimal.js, i18next, the engine); registration — which upgrades the
// <yb-estimator> on the page and renders it — runs in a later task.
import '../../widgets/index.js';

setTimeout(() => {
  void import('../../widgets/register.js');
}, 0);
