"""communique.query"""
