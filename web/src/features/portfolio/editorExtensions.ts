import StarterKit from '@tiptap/starter-kit';

// Exactly what contracts/rich-text.ts allows: paragraphs, headings 1–3, bullet and numbered lists, bold,
// italic and line breaks. Every other node or mark StarterKit brings is switched off, so neither typing
// nor pasting can make a text the server would refuse; undo, the cursors, the list keys and the trailing
// paragraph are behaviour only.
export const reflectionExtensions = [
  StarterKit.configure({
    heading: { levels: [1, 2, 3] },
    blockquote: false,
    code: false,
    codeBlock: false,
    horizontalRule: false,
    link: false,
    strike: false,
    underline: false,
  }),
];
