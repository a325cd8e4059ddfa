import { render } from 'preact';
import { connectPopup } from '../../src/ui/popup/client';
import { Popup } from '../../src/ui/popup/Popup';
import '../../src/ui/page.css';
import '../../src/ui/popup/popup.css';

void connectPopup(location).then((client) => render(<Popup client={client} />, document.getElementById('app')!));
