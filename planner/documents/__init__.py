"""Printed documents as PDF: agenda, participant list, signature sheets,
itineraries, name badges and the conclusions report.

One module per document, each a story of platypus flowables built over the
shared fonts, styles and page templates here; ``catalogue`` names them."""
