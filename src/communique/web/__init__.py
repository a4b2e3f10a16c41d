"""communique.web"""
