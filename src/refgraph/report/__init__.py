"""Stage 6: the interactive graph page, the HTML report and the output folder."""
