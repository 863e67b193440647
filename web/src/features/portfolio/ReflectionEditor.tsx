import '@mantine/tiptap/styles.css';
import { RichTextEditor } from '@mantine/tiptap';
import { useEditor } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import type { RichText } from '../../../../contracts/rich-text.js';
import { reflectionExtensions } from './editorExtensions';
import { editorContentOf, richTextOf } from './richText';

interface ReflectionEditorProps {
  /** the text it opens with; give the editor a new `key` to open another */
  initial: RichText;
  /** the name of the text field for assistive technology */
  label: string;
  readOnly: boolean;
  onChange: (text: RichText) => void;
}

/** A reflection in Mantine's rich-text editor (Tiptap 3), with a toolbar of only the allowed formatting. */
export function ReflectionEditor({ initial, label, readOnly, onChange }: ReflectionEditorProps) {
  const { t } = useTranslation();
  const editor = useEditor({
    extensions: reflectionExtensions,
    content: editorContentOf(initial),
    editable: !readOnly,
    immediatelyRender: true,
    shouldRerenderOnTransaction: false,
    editorProps: {
      attributes: { 'aria-label': label, role: 'textbox', 'aria-multiline': 'true' },
    },
    onUpdate: ({ editor: changed }) => onChange(richTextOf(changed.getJSON())),
  });
  return (
    <RichTextEditor
      editor={editor}
      labels={{
        boldControlLabel: t('portfolio.editor.bold'),
        italicControlLabel: t('portfolio.editor.italic'),
        h1ControlLabel: t('portfolio.editor.h1'),
        h2ControlLabel: t('portfolio.editor.h2'),
        h3ControlLabel: t('portfolio.editor.h3'),
        bulletListControlLabel: t('portfolio.editor.bulletList'),
        orderedListControlLabel: t('portfolio.editor.orderedList'),
        undoControlLabel: t('portfolio.editor.undo'),
        redoControlLabel: t('portfolio.editor.redo'),
      }}
    >
      {!readOnly && (
        <RichTextEditor.Toolbar>
          <RichTextEditor.ControlsGroup>
            <RichTextEditor.Bold />
            <RichTextEditor.Italic />
          </RichTextEditor.ControlsGroup>
          <RichTextEditor.ControlsGroup>
            <RichTextEditor.H1 />
            <RichTextEditor.H2 />
            <RichTextEditor.H3 />
          </RichTextEditor.ControlsGroup>
          <RichTextEditor.ControlsGroup>
            <RichTextEditor.BulletList />
            <RichTextEditor.OrderedList />
          </RichTextEditor.ControlsGroup>
          <RichTextEditor.ControlsGroup>
            <RichTextEditor.Undo />
            <RichTextEditor.Redo />
          </RichTextEditor.ControlsGroup>
        </RichTextEditor.Toolbar>
      )}
      <RichTextEditor.Content mih={readOnly ? undefined : 160} />
    </RichTextEditor>
  );
}
