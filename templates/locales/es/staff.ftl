admin-home-title = Resumen del programa
admin-home-intro = Defina quién atiende a quién, qué se pregunta y cuándo, y vea llegar las respuestas.
count-departments = { $count ->
    [one] departamento
   *[other] departamentos
}
count-employees = { $count ->
    [one] empleado activo
   *[other] empleados activos
}
count-relationships = { $count ->
    [one] relación de servicio
   *[other] relaciones de servicio
}
count-cycles = { $count ->
    [one] ciclo de encuestas activo
   *[other] ciclos de encuestas activos
}
count-accounts = { $count ->
    [one] cuenta de personal
   *[other] cuentas de personal
}
