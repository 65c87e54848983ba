// html-validate over every page of dist/ (tests/site/html-validate.test.ts). No rule is disabled;
// two take options, each for a reason.
export default {
  extends: ['html-validate:recommended', 'html-validate:a11y'],
  rules: {
    // HTML's own rule (an id is any text without spaces): paragraph anchors such as policy/#3.1 and
    // #notice.title are part of the public URL contract and are valid HTML.
    'valid-id': ['error', { relaxed: true }],
    // The search filters are groups of checkboxes (kind, zone, department) sent as repeated query
    // parameters, so checkboxes may share a name, as radio buttons do by default.
    'form-dup-name': ['error', { shared: ['radio', 'button', 'reset', 'submit', 'checkbox'] }],
  },
};
