"""The first-run guide's three pages: the administrator, how to begin, the colleagues."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


def heading(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    return label


class AdministratorPage(QWidget):
    """Step 1: the administrator's account (signed in at once when created)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = heading(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.username = QLineEdit(self)
        self.username.setObjectName("adminUsername")
        self.display_name = QLineEdit(self)
        self.display_name.setObjectName("adminDisplayName")
        self.password = QLineEdit(self)
        self.password.setObjectName("adminPassword")
        self.again = QLineEdit(self)
        self.again.setObjectName("adminConfirm")
        for field in (self.password, self.again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.labels = [QLabel(self) for _ in range(4)]
        form = QFormLayout()
        for label, field in zip(
            self.labels, (self.username, self.display_name, self.password, self.again), strict=True
        ):
            label.setBuddy(field)
            form.addRow(label, field)
        self.create_button = QPushButton(self)
        self.create_button.setObjectName("createAdminButton")
        self.create_button.setDefault(True)
        self.again.returnPressed.connect(self.create_button.click)
        self.join_button = QCommandLinkButton(self)
        self.join_button.setObjectName("startJoin")
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.create_button)
        layout.addStretch(1)
        layout.addWidget(self.join_button)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("<h3>Step 1 of 3: the administrator</h3>"))
        self.intro.setText(
            self.tr(
                "This desk has no accounts yet. Create the administrator's account: the"
                " administrator sets up the organisation and creates the colleagues' accounts."
            )
        )
        for label, text in zip(
            self.labels,
            (
                self.tr("&User name:"),
                self.tr("&Name shown:"),
                self.tr("&Password (8+ characters):"),
                self.tr("Password &again:"),
            ),
            strict=True,
        ):
            label.setText(text)
        self.create_button.setText(self.tr("Create the administrator"))
        self.join_button.setText(self.tr("&Join the district's central database"))
        self.join_button.setDescription(
            self.tr(
                "A desk of a district that already works with StreetDesk: take the district's"
                " data and accounts with the profile file and password it gave you."
            )
        )


class StartChoicePage(QWidget):
    """Step 2: set up from a template file or try the demo (joining the district is the
    other way in, offered before any administrator exists)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = heading(self)
        self.template_button = QCommandLinkButton(self)
        self.template_button.setObjectName("startFromTemplate")
        self.demo_button = QCommandLinkButton(self)
        self.demo_button.setObjectName("startDemo")
        self.skip_button = QPushButton(self)
        self.skip_button.setObjectName("startSkip")
        self.message = QLabel(self)
        self.message.setObjectName("startMessage")
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        for button in (self.template_button, self.demo_button):
            layout.addWidget(button)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.skip_button, 0, Qt.AlignmentFlag.AlignRight)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("<h3>Step 2 of 3: how to begin</h3>"))
        self.template_button.setText(self.tr("&Set up from a template file"))
        self.template_button.setDescription(
            self.tr(
                "Import the streets, communities, grids, 幸福里 units, departments and teams"
                " from the organisation workbook (streetdesk org template writes an empty one)."
            )
        )
        self.demo_button.setText(self.tr("&Try the demo"))
        self.demo_button.setDescription(
            self.tr(
                "Open the demo database, a whole district of made-up data, to try every"
                " screen. Your own database stays as it is, with its administrator."
            )
        )
        self.skip_button.setText(self.tr("Set up &later"))


class ColleaguesPage(QWidget):
    """Step 3: the first colleagues' accounts, as many as wanted, or none for now."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = heading(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.added = QListWidget(self)
        self.added.setObjectName("colleaguesAdded")
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("addColleague")
        self.finish_button = QPushButton(self)
        self.finish_button.setObjectName("finishGuide")
        self.finish_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        self.added.setMaximumHeight(180)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.added)
        layout.addStretch(1)
        layout.addWidget(self.finish_button, 0, Qt.AlignmentFlag.AlignRight)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("<h3>Step 3 of 3: the first colleagues</h3>"))
        self.intro.setText(
            self.tr(
                "Create an account for each colleague who will use this desk, or do it later"
                " in Administration → Accounts. Each chooses their own password at the first"
                " sign-in."
            )
        )
        self.add_button.setText(self.tr("&Add a colleague…"))
        self.finish_button.setText(self.tr("&Finish and open the desk"))
