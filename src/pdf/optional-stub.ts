// Stands in for jsPDF's optional dependencies (html2canvas, canvg, dompurify), which this app never calls.
export default {};
