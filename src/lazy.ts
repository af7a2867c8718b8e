// The parts loaded on first interaction, as one classic script: the source tooltip and the copy dialog.
import './components/source-tooltip';
import './components/copy-dialog';
