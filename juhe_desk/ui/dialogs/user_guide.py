"""Help → User guide: the bundled guide (docs/用户指南.md with its screenshots), shown in the
app itself, so it works offline and needs no program for Markdown files.

Qt reads the Markdown (QTextDocument's own reader, md4c) but gives headings no anchors; the
guide's table of contents links to them GitHub's way (``#7-和客户对话``), so each heading
gets that name here.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import (
    QDesktopServices,
    QImage,
    QPixmap,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from juhe_desk.ui.naming import named

PICTURE_WIDTH = 760  # fits the dialog's 900 pixels beside the scroll bar


def heading_anchor(title: str) -> str:
    """GitHub's anchor of a heading: lower case, punctuation dropped, spaces as hyphens."""
    return re.sub(r"[^\w\- ]", "", title.strip().lower()).replace(" ", "-")


def name_headings(document: QTextDocument) -> None:
    block = document.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() > 0:
            cursor = QTextCursor(block)
            cursor.select(QTextCursor.SelectionType.BlockUnderCursor)
            anchor = QTextCharFormat()
            anchor.setAnchor(True)
            anchor.setAnchorNames([heading_anchor(block.text())])
            cursor.mergeCharFormat(anchor)
        block = block.next()


def fit_images(document: QTextDocument, width: int) -> None:
    """Show each picture at most ``width`` pixels wide (the screenshots are window-sized),
    keeping its proportions."""
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            image_format = fragment.charFormat().toImageFormat()
            if fragment.isValid() and image_format.isValid():
                image = document.resource(QTextDocument.ResourceType.ImageResource,
                                          QUrl(image_format.name()))
                size = image.size() if isinstance(image, (QImage, QPixmap)) else None
                if size is not None and size.width() > width:
                    image_format.setWidth(width)
                    image_format.setHeight(size.height() * width / size.width())
                    cursor = QTextCursor(document)
                    cursor.setPosition(fragment.position())
                    cursor.setPosition(fragment.position() + fragment.length(),
                                       QTextCursor.MoveMode.KeepAnchor)
                    cursor.setCharFormat(image_format)
            iterator += 1
        block = block.next()


class UserGuideDialog(QDialog):
    def __init__(self, guide: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("userGuideDialog")
        self.setWindowTitle(self.tr("User guide"))
        self.resize(900, 680)
        self.browser = named(QTextBrowser(), "userGuideBrowser")
        # Links are followed here: Qt's own following reloads the file for "#heading" (and
        # loses the anchors named below); a web address goes to the web browser.
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self.follow)
        self.browser.setSource(QUrl.fromLocalFile(str(guide)))
        name_headings(self.browser.document())
        fit_images(self.browser.document(), PICTURE_WIDTH)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)

    def follow(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
        elif url.hasFragment():
            self.browser.scrollToAnchor(url.fragment())
