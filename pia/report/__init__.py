"""The DPIA report: the assessment and its result as one HTML file and an A4 PDF, in en or nl.

`render_html(assessment)` builds the view-model (`pia.report.view`), then renders one template per
chapter; `render_pdf(html, path)` prints that HTML with WeasyPrint; `write_report(yaml, out_dir)`
does both for each language.
"""

from pia.report.render import render_html, render_pdf, write_report

__all__ = ["render_html", "render_pdf", "write_report"]
