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
      excludeKeys: ['group-image', 'group-video', 'insertImage', 'uploadImage', 'insertVideo', 'uploadVideo', 'emotion', 'fullScreen', 'codeBlock'],
    },
  });
  area.hidden = true;
  area.setAttribute('data-rich', 'on');
  var editable = box.querySelector('[contenteditable]');
  if (editable) {
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
