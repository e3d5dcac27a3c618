"""Markup input: saved web pages (HTML) and wire XML (NITF, NewsML-G2) to plain text."""
