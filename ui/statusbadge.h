#pragma once

#include "session.h"

#include <QColor>
#include <QIcon>
#include <QString>

class QFont;
class QPainter;
class QRect;
class QSize;

// How a submission status looks wherever the app shows it: a coloured pill with a shape and a
// word. The shape differs per status (clock, check mark, cross, dash) and the word is always
// there, so the status reads without colour.
namespace StatusBadge {

QString text(SubmissionStatus status); // translated
QColor background(SubmissionStatus status);
QColor foreground(SubmissionStatus status); // text and shape, readable on background()

// Draws the badge at the left of rect, centred vertically, no taller than rect.
void paint(QPainter *painter, const QRect &rect, SubmissionStatus status, const QFont &font);
QSize sizeHint(const QFont &font, SubmissionStatus status);

// The shape on a round patch of the status colour, for buttons and menus.
QIcon icon(SubmissionStatus status);

} // namespace StatusBadge
