"""Every keyboard shortcut of the app, in one place."""

from PySide6.QtGui import QKeySequence

StandardKey = QKeySequence.StandardKey

NEW_DATABASE = QKeySequence("Ctrl+Shift+N")
OPEN_DATABASE = QKeySequence(StandardKey.Open)
IMPORT_EVENT = QKeySequence("Ctrl+I")
EXPORT_EVENT = QKeySequence("Ctrl+E")
QUIT = QKeySequence(StandardKey.Quit)
UNDO = QKeySequence(StandardKey.Undo)
REDO = [QKeySequence("Ctrl+Shift+Z"), QKeySequence(StandardKey.Redo)]
NEW_EVENT = QKeySequence(StandardKey.New)
FIND = QKeySequence(StandardKey.Find)
ADD_ITEM = QKeySequence("Ctrl+Shift+A")  # add a row in the current tab
DUPLICATE = QKeySequence("Ctrl+D")
DELETE = QKeySequence(StandardKey.Delete)
EDIT = QKeySequence("Return")
REFRESH = QKeySequence(StandardKey.Refresh)
# Tabs of the event: Alt+1 .. Alt+5
TABS = [QKeySequence(f"Alt+{number}") for number in range(1, 6)]
DIRECTORY = QKeySequence("Ctrl+Shift+D")
ACTIONS = QKeySequence("Ctrl+Shift+T")
# Participants tab: the selected participant's own details (Enter edits the participation).
EDIT_PERSON = QKeySequence("Ctrl+Return")
# Agenda tab: switch between the list and the timeline; the previous or next day.
AGENDA_VIEW = QKeySequence("Ctrl+Shift+L")
PREVIOUS_DAY = QKeySequence("Alt+PgUp")
NEXT_DAY = QKeySequence("Alt+PgDown")
EDIT_KEYPAD = QKeySequence("Enter")  # the keypad's Enter edits too
# Minutes: reorder outcomes, tick off an action
MOVE_UP = QKeySequence("Ctrl+Shift+Up")
MOVE_DOWN = QKeySequence("Ctrl+Shift+Down")
MARK_DONE = QKeySequence("Ctrl+Shift+K")
