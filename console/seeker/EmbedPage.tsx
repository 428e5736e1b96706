import ChatPage from './ChatPage.tsx';

/** The chat page inside the widget's iframe (console/public/widget.js): compact header, no page chrome. */
export default function EmbedPage() {
  return <ChatPage embedded />;
}
