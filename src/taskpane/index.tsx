// Placeholder until the task pane lands.
document.getElementById("root")!.textContent = "Postvakt";
