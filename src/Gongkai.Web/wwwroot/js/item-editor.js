// Turns the item body text area into a wangEditor rich-text editor when the library has loaded, so that
// paragraphs, headings, lists and tables pasted from Word or WPS keep their structure. The text area stays
// in the form (hidden) and carries the HTML, so the server receives the same field with or without this script.
(function () {
  'use strict';
  var area = document.getElementById('f-body');
  var lib = window.wangEditor;
  if (!area || !lib || !lib.createEditor) {
    return;
  }

  var wrap = document.createElement('div');
  wrap.className = 'rich-editor';
  wrap.style.border = '1px solid #b8b8b8';
  wrap.style.marginTop = '.25rem';
  var bar = document.createElement('div');
  bar.style.borderBottom = '1px solid #d8d8d8';
  var box = document.createElement('div');
  box.style.minHeight = '24rem';
  wrap.appendChild(bar);
  wrap.appendChild(box);
  area.parentNode.insertBefore(wrap, area.nextSibling);

  var editor = lib.createEditor({
    selector: box,
    html: area.value || '<p><br></p>',
    mode: 'default',
    config: {
      placeholder: '请输入正文，或从 Word、WPS 复制后粘贴（段落、标题、列表和表格会保留）',
      onChange: function (ed) { area.value = ed.getHtml(); },
    },
  });
  lib.createToolbar({
    editor: editor,
    selector: bar,
    mode: 'default',
    config: {
      // Pictures and videos are published as attachments, where the archive and the accessibility checks see them.
      // Fonts, sizes, colours, line heights and to-do boxes are styles or inputs the server strips from the body,
      // so offering them would only show the editor formatting that never reaches the public page.
      excludeKeys: ['group-image', 'group-video', 'insertImage', 'uploadImage', 'insertVideo', 'uploadVideo', 'emotion', 'fullScreen', 'codeBlock',
        'fontSize', 'fontFamily', 'lineHeight', 'color', 'bgColor', 'todo'],
    },
  });
  // The toolbar's icon buttons carry their names only in a hover tooltip ("粗体\nctrl+b"), which screen readers
  // do not announce, and the grouped menus carry none; the toolbar is drawn after createToolbar returns and
  // redrawn as menus open, so names are given whenever buttons appear.
  var groups = { 'group-more-style': '更多样式', 'group-justify': '对齐', 'group-indent': '缩进' };
  function nameButtons() {
    var buttons = bar.querySelectorAll('button');
    for (var i = 0; i < buttons.length; i++) {
      var b = buttons[i];
      var tip = b.getAttribute('data-tooltip');
      var name = tip ? tip.split('\n')[0] : groups[b.getAttribute('data-menu-key')];
      // A button with visible words is named by them; a different aria-label would not match what is seen.
      if (b.textContent.trim()) {
        b.removeAttribute('aria-label');
      } else if (name && b.getAttribute('aria-label') !== name) {
        b.setAttribute('aria-label', name);
      }
    }
  }
  nameButtons();
  new MutationObserver(nameButtons).observe(bar, { childList: true, subtree: true });

  area.hidden = true;
  area.setAttribute('data-rich', 'on');
  var editable = box.querySelector('[contenteditable]');
  if (editable) {
    // wangEditor marks the area role="textarea", which is not an ARIA role; assistive technology needs textbox.
    editable.setAttribute('role', 'textbox');
    editable.setAttribute('aria-multiline', 'true');
    editable.setAttribute('aria-label', '正文');
    editable.id = 'f-body-rich';
  }

  var label = document.querySelector('label[for="f-body"]');
  if (label && editable) {
    label.setAttribute('for', 'f-body-rich');
  }

  if (area.form) {
    area.form.addEventListener('submit', function () { area.value = editor.getHtml(); });
  }
})();
